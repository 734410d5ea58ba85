package city.gridline.grid.layer.domain;

import java.util.List;

/** Identity of the resident enforcement team (综合执法组) stationed in a community's cells. */
public final class ResidentTeams {

    /** Longest first, so that 月河社区居民委员会 becomes 月河 rather than 月河社区. */
    private static final List<String> COMMITTEE_SUFFIXES =
            List.of("社区居民委员会", "社区居委会", "居民委员会", "村民委员会", "居委会", "村委会");

    private ResidentTeams() {
    }

    public static String teamId(Community community) {
        return "T" + community.code();
    }

    public static String teamName(Community community) {
        String name = community.name();
        for (String suffix : COMMITTEE_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return name + "综合执法组";
    }
}
