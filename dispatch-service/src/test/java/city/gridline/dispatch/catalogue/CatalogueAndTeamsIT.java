package city.gridline.dispatch.catalogue;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.CategoryChanged;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.TeamRosterChanged;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TestCallers;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import city.gridline.dispatch.teams.application.TeamDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static city.gridline.testkit.TestCallers.asMember;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue, teams and members through their administration API, and the problems it answers with. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gridline.dispatch.sign-watch-interval=1h", "gridline.dispatch.outbox-relay-interval=1h"})
@AutoConfigureWebTestClient
class CatalogueAndTeamsIT extends ServiceIntegrationTest {

    private static final String CATEGORY = """
            {"kind":"EVENT","majorCode":"05","majorName":"街面秩序","name":"占道经营","nameEn":"Street-occupying trade",
             "filingCondition":"占用道路摆摊经营","closingCondition":"摊点已清理，道路恢复通行",
             "normalLimit":"4H","urgentLimit":"1H","signLimitMinutes":30,"responsibleUnit":"GRID_GROUP",
             "scope":"INSIDE","owningDepartment":null,"districtLevel":false,"reason":"%s"}""";

    @Autowired
    WebTestClient http;

    @Autowired
    TeamDirectory directory;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void theBundledCatalogueIsInForceAndReadableByAnyone() {
        http.get().uri("/api/v1/categories").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isNumber()
                .jsonPath("$.categories.length()").value(count -> assertThat((Integer) count).isGreaterThan(80));
        http.get().uri("/api/v1/categories/0101").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("上水井盖");
        http.get().uri("/api/v1/categories/0999").exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anAdministratorsChangeIsStoredAndPublished() {
        String reason = "时限调整 " + UUID.randomUUID();

        http.put().uri("/api/v1/categories/{code}", "200508").headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CATEGORY.formatted(reason)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.category.normalLimit.unit").isEqualTo("HOURS");

        CategoryChanged changed = (CategoryChanged) topics.awaitEvent(Topics.CATALOGUE_EVENTS,
                e -> e.data() instanceof CategoryChanged c && c.reason().equals(reason), Duration.ofSeconds(30))
                .orElseThrow().data();
        assertThat(changed.category().code()).isEqualTo("200508");
        assertThat(changed.actor()).isEqualTo("member:admin");
        http.get().uri("/api/v1/categories/200508").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.normalLimit.amount").isEqualTo(4);
    }

    @Test
    void onlyAnAdministratorChangesTheCatalogueAndBadValuesAreNamed() {
        http.put().uri("/api/v1/categories/{code}", "200508").headers(asMember("command"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CATEGORY.formatted("no")).exchange()
                .expectStatus().isForbidden();
        http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .put().uri("/api/v1/categories/{code}", "200508")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CATEGORY.formatted("no")).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/unauthenticated");
        http.put().uri("/api/v1/categories/{code}", "200508")
                .headers(asMember("nobody-in-the-directory"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CATEGORY.formatted("no")).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").isEqualTo("the caller nobody-in-the-directory is no member of any team");
        http.put().uri("/api/v1/categories/{code}", "200508")
                .headers(TestCallers.as("admin", List.of("OFFICER"), List.of("*")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CATEGORY.formatted("no")).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").isEqualTo("the token of admin does not carry the member's role");
        http.get().uri("/api/v1/categories/200508")
                .headers(TestCallers.as("portal", List.of("CITIZEN_PORTAL"), List.of("*"))).exchange()
                .expectStatus().isForbidden();
        http.put().uri("/api/v1/categories/{code}", "200508").headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CATEGORY.formatted("x").replace("\"4H\"", "\"4 hours\"")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("normalLimit");
        http.put().uri("/api/v1/categories/{code}", "0101").headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CATEGORY.formatted("wrong kind")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/invalid-case-input");
    }

    @Test
    void membersAndShiftsSayWhoIsOnDuty() {
        String team = "SQ-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        http.put().uri("/api/v1/teams/{id}", team).headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"测试中队\",\"kind\":\"STREET_SQUAD\",\"streetCode\":\"110105001\"}").exchange()
                .expectStatus().isOk();
        http.put().uri("/api/v1/members/{id}", team + "-1").headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"孙队员\",\"role\":\"OFFICER\",\"teamId\":\"" + team + "\"}").exchange()
                .expectStatus().isOk();
        Instant now = Instant.now();
        http.post().uri("/api/v1/members/{id}/shifts", team + "-1").headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"start\":\"" + now.minusSeconds(3600) + "\",\"end\":\"" + now.plusSeconds(3600) + "\"}")
                .exchange().expectStatus().isCreated();

        http.get().uri("/api/v1/teams/{id}/members", team).headers(asMember("command")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].onDuty").isEqualTo(true);
        assertThat(directory.onDutyNow(List.of(team)).block()).containsExactly(team);
        // found in review: a year no database date holds was a 500
        http.post().uri("/api/v1/members/{id}/shifts", team + "-1").headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"start\":\"" + now + "\",\"end\":\"+300000000-01-01T00:00:00Z\"}")
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("end");
        // found in review: a member who moved left the team the shift was added in on duty, and the new one not
        String otherTeam = team + "-B";
        putTeam(otherTeam, "{\"name\":\"测试二中队\",\"kind\":\"STREET_SQUAD\",\"streetCode\":\"110105001\"}");
        putMember(team + "-1", "OFFICER", otherTeam);
        assertThat(directory.onDutyNow(List.of(team, otherTeam)).block()).containsExactly(otherTeam);
        http.put().uri("/api/v1/members/{id}", "nobody").headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"无名\",\"role\":\"OFFICER\",\"teamId\":\"NO-SUCH-TEAM\"}").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/team-not-found");
    }

    @Test
    void everyTeamOrMemberChangeAnnouncesTheRostersItChanged() {
        String squad = "SQ-ROSTER-" + UUID.randomUUID().toString().substring(0, 8);
        String desk = "CC-ROSTER-" + UUID.randomUUID().toString().substring(0, 8);
        putTeam(squad, "{\"name\":\"名册中队\",\"kind\":\"STREET_SQUAD\",\"streetCode\":\"110105001\","
                + "\"districtCode\":\"110105\"}");
        putTeam(desk, "{\"name\":\"指挥席\",\"kind\":\"COMMAND_CENTRE\",\"districtCode\":\"110105\"}");
        putMember(squad + "-1", "OFFICER", squad);
        putMember(squad + "-2", "OFFICER", squad);
        putMember(squad + "-3", "ASSISTANT", squad);

        TeamRosterChanged full = roster(squad, r -> r.members().officers() == 2 && r.members().assistants() == 1);
        assertThat(full.kind()).isEqualTo("STREET_SQUAD");
        assertThat(full.frontLine()).isTrue();
        assertThat(full.districtCode()).isEqualTo("110105");
        assertThat(full.streetCode()).isEqualTo("110105001");
        assertThat(roster(squad, r -> r.members().officers() == 0).members().assistants()).isZero();

        putMember(squad + "-2", "OFFICER", desk);

        // One officer with one assistant: the squad only ever stood so after the move.
        assertThat(roster(squad, r -> r.members().officers() == 1 && r.members().assistants() == 1).kind())
                .isEqualTo("STREET_SQUAD");
        TeamRosterChanged moved = roster(desk, r -> r.members().officers() == 1);
        assertThat(moved.frontLine()).isFalse();
        assertThat(moved.streetCode()).isNull();
    }

    @Test
    void theBootstrappedCommandCentreIsAnnouncedAtStart() {
        TeamRosterChanged commandCentre = roster("CC-110105", r -> r.members().administrators() >= 1);
        assertThat(commandCentre.kind()).isEqualTo("COMMAND_CENTRE");
        assertThat(commandCentre.frontLine()).isFalse();
        assertThat(commandCentre.members().commandCentre()).isGreaterThanOrEqualTo(1);
    }

    private void putTeam(String id, String body) {
        http.put().uri("/api/v1/teams/{id}", id).headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk();
    }

    private void putMember(String id, String role, String team) {
        http.put().uri("/api/v1/members/{id}", id).headers(asMember("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"队员\",\"role\":\"" + role + "\",\"teamId\":\"" + team + "\"}").exchange()
                .expectStatus().isOk();
    }

    private TeamRosterChanged roster(String team, Predicate<TeamRosterChanged> matching) {
        EventEnvelope<?> event = topics.awaitEvent(Topics.TEAMS_ROSTERS,
                        e -> e.data() instanceof TeamRosterChanged r && r.teamId().equals(team) && matching.test(r),
                        Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no such roster of " + team));
        assertThat(event.aggregateId()).isEqualTo(team);
        return (TeamRosterChanged) event.data();
    }

    @Test
    void theApiIsDocumented() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/mobile/tasks/{caseNumber}/sign']").exists()
                .jsonPath("$.paths['/api/v1/command-centre/cases/{caseNumber}/redispatch']").exists();
    }
}
