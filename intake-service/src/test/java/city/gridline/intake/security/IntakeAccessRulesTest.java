package city.gridline.intake.security;

import city.gridline.intake.apikey.application.ApiKeyStore;
import city.gridline.intake.apikey.application.ApiKeys;
import city.gridline.intake.apikey.domain.ApiKey;
import city.gridline.intake.open311.adapter.web.Open311Refusals;
import city.gridline.testkit.AccessRulesProbe;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static city.gridline.servicekit.security.GridlineRole.ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.COMMAND_CENTRE;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_OPERATOR;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_SYSTEM;
import static city.gridline.servicekit.security.GridlineRole.OPEN311_CLIENT;
import static city.gridline.servicekit.security.GridlineRole.OPERATIONS;
import static city.gridline.servicekit.security.GridlineRole.SUPERVISOR;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Every rule of intake's paths: which roles pass, every other role 403, no credentials 401 (API keys carry the
 * roles HOTLINE_SYSTEM and OPEN311_CLIENT; ApiKeysIT shows a key standing for its role).
 */
class IntakeAccessRulesTest {

    private final AccessRulesProbe probe = new AccessRulesProbe(new IntakeAccessRules(
            new ApiKeys(new NoKeys(), Clock.systemUTC(), Duration.ZERO, Duration.ZERO, 0),
            new IntakeAuthenticationRefusals(new Open311Refusals(JsonMapper.builder().build()))));

    @Test
    void hotlinesFileReportsAndTheStaffFollowThem() {
        probe.expect(POST, "/api/v1/reports").allows(HOTLINE_OPERATOR, HOTLINE_SYSTEM);
        probe.expect(POST, "/api/v1/channels/12345/tickets").allows(HOTLINE_OPERATOR, HOTLINE_SYSTEM);
        probe.expect(POST, "/api/v1/channels/110/transfers").allows(HOTLINE_OPERATOR, HOTLINE_SYSTEM);
        probe.expect(POST, "/api/v1/channels/field/reports").allows(SUPERVISOR);
        probe.expect(GET, "/api/v1/reports/r-1").allows(HOTLINE_OPERATOR, HOTLINE_SYSTEM, COMMAND_CENTRE,
                OPERATIONS, SUPERVISOR);
        probe.expect(GET, "/api/v1/reports?channel=12319&sourceTicketId=t-1").allows(HOTLINE_OPERATOR,
                HOTLINE_SYSTEM, COMMAND_CENTRE, OPERATIONS, SUPERVISOR);
        probe.expect(POST, "/api/v1/reports/r-1/unlink").allows(HOTLINE_OPERATOR, COMMAND_CENTRE);
        probe.expect(GET, "/api/v1/channels/12345/unclassified").allows(HOTLINE_OPERATOR, COMMAND_CENTRE);
        probe.expect(POST, "/api/v1/channels/12345/unclassified/t-1/classify")
                .allows(HOTLINE_OPERATOR, COMMAND_CENTRE);
    }

    @Test
    void administratorsManageTheKeys() {
        probe.expect(POST, "/api/v1/api-keys").allows(ADMINISTRATOR);
        probe.expect(GET, "/api/v1/api-keys").allows(ADMINISTRATOR);
        probe.expect(DELETE, "/api/v1/api-keys/0123456789ab").allows(ADMINISTRATOR);
    }

    @Test
    void open311IsForItsClientsAndItsDiscoveryForAnyone() {
        probe.expect(GET, "/open311/v2/discovery.json").isOpen();
        probe.expect(GET, "/open311/v2/services.json").allows(OPEN311_CLIENT);
        probe.expect(POST, "/open311/v2/requests.json").allows(OPEN311_CLIENT);
        probe.expect(GET, "/open311/v2/requests/1.xml").allows(OPEN311_CLIENT);
    }

    @Test
    void anyOtherApiPathIsRefusedToEveryRole() {
        probe.expect(DELETE, "/api/v1/reports/r-1").allows();
        probe.expect(GET, "/api/v1/anything").allows();
    }

    private static final class NoKeys implements ApiKeyStore {

        @Override
        public Mono<ApiKey> byHash(String hash) {
            return Mono.empty();
        }

        @Override
        public Flux<ApiKey> all() {
            return Flux.empty();
        }

        @Override
        public Mono<ApiKey> addIfAbsent(ApiKey key) {
            return Mono.just(key);
        }

        @Override
        public Mono<ApiKey> revoke(String id, Instant at, String by) {
            return Mono.empty();
        }
    }
}
