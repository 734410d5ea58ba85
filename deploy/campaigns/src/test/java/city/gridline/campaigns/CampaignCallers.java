package city.gridline.campaigns;

import city.gridline.localstack.DevIssuer;
import city.gridline.testkit.TestCallers;

import java.time.Duration;
import java.util.List;

/** The campaign's credentials: bearer tokens of the campaign stack's development issuer. */
final class CampaignCallers {

    private static final Duration VALID_FOR = Duration.ofHours(3);
    private static final List<String> EVERY_ROLE = List.of("HOTLINE_OPERATOR", "HOTLINE_SYSTEM", "SUPERVISOR",
            "COMMAND_CENTRE", "GRID_ADMINISTRATOR", "ADMINISTRATOR", "OPERATIONS", "CITIZEN_PORTAL");

    private CampaignCallers() {
    }

    /** A caller who may do everything outside dispatch: the campaign is about inputs, not roles. */
    static String operator() {
        return "Bearer " + issuer().token("campaign-operator", EVERY_ROLE, List.of("*"), VALID_FOR);
    }

    /** A dispatch member, whom the member directory gives a role and a team. */
    static String member(String memberId) {
        return "Bearer " + issuer().token(memberId, TestCallers.MEMBER_ROLES, List.of("*"), VALID_FOR);
    }

    /** Looks right and is signed by another key. */
    static String forged() {
        return "Bearer " + DevIssuer.generate().token("admin", EVERY_ROLE, List.of("*"), VALID_FOR);
    }

    private static DevIssuer issuer() {
        return CampaignStack.LAYOUT.devIssuer();
    }
}
