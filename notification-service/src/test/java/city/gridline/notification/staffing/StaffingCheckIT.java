package city.gridline.notification.staffing;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.GridlineEvent;
import city.gridline.contracts.event.PopulationChanged;
import city.gridline.contracts.event.TeamRosterChanged;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.staffing.application.StaffingGauges;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Grid's population and dispatch's rosters as they arrive on their compacted topics, and the staffing check
 * they make: Jianwai's teams have more assistants than sworn officers, Chaowai's squad meets every bound, and the
 * district as a whole has far too few officers for its 3.45 million residents.
 */
class StaffingCheckIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant AT = Instant.parse("2026-11-23T07:00:00Z");
    private static final String AREA = "$.areas[?(@.code == '%s')].";

    @Autowired
    WebTestClient http;

    @Autowired
    StaffingGauges gauges;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());
    private final EventCodec codec = new EventCodec();

    @Test
    void populationAndRostersMakeTheFiguresAndFindingsOfTheDistrictAndItsStreets() {
        publish(Topics.GRID_POPULATION, new PopulationChanged("110105-demo-1", PopulationChanged.Reason.STARTED,
                new PopulationChanged.Area("110105", "朝阳区", 1_150_820, 3_452_460, 1151),
                List.of(new PopulationChanged.Area("110105001", "建外街道", 21_330, 63_990, 21),
                        new PopulationChanged.Area("110105002", "朝外街道", 18_700, 56_100, 19)), AT));
        publish(Topics.TEAMS_ROSTERS, roster("SQ-110105001", "STREET_SQUAD", "110105001", true, 18, 12, AT));
        publish(Topics.TEAMS_ROSTERS, roster("T110105001001", "GRID_GROUP", "110105001", true, 2, 10, AT));
        publish(Topics.TEAMS_ROSTERS, roster("SQ-110105002", "STREET_SQUAD", "110105002", true, 20, 5, AT));
        publish(Topics.TEAMS_ROSTERS, roster("CC-110105", "COMMAND_CENTRE", null, false, 5, 0, AT));
        // An older roster of the squad, delivered late, does not undo the newer one.
        publish(Topics.TEAMS_ROSTERS, roster("SQ-110105002", "STREET_SQUAD", "110105002", true, 1, 0,
                AT.minusSeconds(3600)));

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/assessment/staffing?district=110105")
                .exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.areas.length()").isEqualTo(3)
                .jsonPath(AREA.formatted("110105") + "staff.officers").isEqualTo(List.of(45)));

        http.get().uri("/api/v1/assessment/staffing?district=110105").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.policy.officersPer10kResidents.min").isEqualTo(3)
                .jsonPath("$.policy.officersPer10kResidents.max").isEqualTo(7)
                .jsonPath("$.policy.minFrontLineShare").isEqualTo(0.8)
                .jsonPath("$.policy.maxAssistantsPerOfficer").isEqualTo(1)
                .jsonPath("$.areas[0].level").isEqualTo("district")
                .jsonPath("$.areas[0].residents").isEqualTo(3_452_460)
                .jsonPath("$.areas[0].layerVersion").isEqualTo("110105-demo-1")
                .jsonPath("$.areas[0].teams").isEqualTo(4)
                .jsonPath("$.areas[0].staff.frontLineOfficers").isEqualTo(40)
                .jsonPath("$.areas[0].staff.assistants").isEqualTo(27)
                .jsonPath("$.areas[0].figures.officersPer10kResidents").isEqualTo(0.1303)
                .jsonPath("$.areas[0].figures.frontLineShare").isEqualTo(0.8889)
                .jsonPath("$.areas[0].figures.assistantsPerOfficer").isEqualTo(0.6)
                .jsonPath("$.areas[0].verdict").isEqualTo("NON_COMPLIANT")
                .jsonPath("$.areas[0].findings[*].code").isEqualTo(List.of("TOO_FEW_OFFICERS"))
                .jsonPath(AREA.formatted("110105001") + "name").isEqualTo(List.of("建外街道"))
                .jsonPath(AREA.formatted("110105001") + "staff.officers").isEqualTo(List.of(20))
                .jsonPath(AREA.formatted("110105001") + "staff.assistants").isEqualTo(List.of(22))
                .jsonPath(AREA.formatted("110105001") + "figures.officersPer10kResidents").isEqualTo(List.of(3.1255))
                .jsonPath(AREA.formatted("110105001") + "verdict").isEqualTo(List.of("NON_COMPLIANT"))
                .jsonPath(AREA.formatted("110105001") + "findings[*].code")
                .isEqualTo(List.of("ASSISTANTS_OUTNUMBER_OFFICERS"))
                .jsonPath(AREA.formatted("110105002") + "figures.officersPer10kResidents").isEqualTo(List.of(3.5651))
                .jsonPath(AREA.formatted("110105002") + "figures.frontLineShare").isEqualTo(List.of(1.0))
                .jsonPath(AREA.formatted("110105002") + "figures.assistantsPerOfficer").isEqualTo(List.of(0.25))
                .jsonPath(AREA.formatted("110105002") + "verdict").isEqualTo(List.of("COMPLIANT"))
                .jsonPath("$.unplaced.teams").isEqualTo(0);

        gauges.refresh().block();
        http.get().uri("/actuator/prometheus").exchange().expectBody(String.class).value(metrics -> assertThat(metrics)
                .contains("gridline_staffing_officers_per_10k_residents{", "street=\"朝外街道\"", "street=\"all\"")
                .contains("gridline_staffing_front_line_ratio{", "gridline_staffing_assistants_per_officer{"));
    }

    @Test
    void aBadOrUnknownDistrictIsAProblem() {
        http.get().uri("/api/v1/assessment/staffing?district=chaoyang").exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("district");
        http.get().uri("/api/v1/assessment/staffing?district=999999").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/district-not-found");
    }

    private static TeamRosterChanged roster(String team, String kind, String street, boolean frontLine, int officers,
                                            int assistants, Instant changedAt) {
        return new TeamRosterChanged(team, team, kind, "110105", street, frontLine,
                new TeamRosterChanged.Members(officers, assistants, 1, 0, 0), changedAt);
    }

    private void publish(String topic, GridlineEvent event) {
        EventEnvelope<?> envelope = EventEnvelope.wrap(event, UUID.randomUUID().toString(), AT, "trace-staffing",
                "/gridline/tests");
        topics.send(topic, envelope.aggregateId(), codec.encode(envelope), Map.of());
    }
}
