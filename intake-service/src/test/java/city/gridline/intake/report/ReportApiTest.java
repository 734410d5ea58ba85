package city.gridline.intake.report;

import city.gridline.intake.category.CategoryConfiguration;
import city.gridline.intake.report.adapter.web.IntakeMetrics;
import city.gridline.intake.report.adapter.web.IntakeProblemHandler;
import city.gridline.intake.report.adapter.web.ReportController;
import city.gridline.intake.report.application.BrokerUnavailableException;
import city.gridline.intake.report.application.RepeatUndecidedException;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.ReportTracking;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Every refusal of the intake API is an RFC 9457 problem, and nothing reaches the use case. */
@WebFluxTest(ReportController.class)
@AutoConfigureWebTestClient(timeout = "PT60S")
@Import({IntakeProblemHandler.class, ReportApiTest.Metrics.class, CategoryConfiguration.class})
class ReportApiTest {

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry registry;

    @MockitoBean
    ReportIntake intake;

    @MockitoBean
    ReportTracking tracking;

    @Test
    void malformedJsonIsA400Problem() {
        double refusedBefore = refused("malformed");

        post(MediaType.APPLICATION_JSON, "{\"channel\": \"12319\"")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/malformed-request");
        verifyNoInteractions(intake);
        assertThat(refused("malformed")).isEqualTo(refusedBefore + 1);
    }

    @Test
    void wrongJsonTypeIsA400Problem() {
        post(MediaType.APPLICATION_JSON, "{\"channel\": \"12319\", \"location\": {\"lon\": \"east\"}}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/malformed-request");
        verifyNoInteractions(intake);
    }

    @Test
    void otherMediaTypeIsA415Problem() {
        post(MediaType.TEXT_PLAIN, "井盖破损")
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/unsupported-media-type");
        verifyNoInteractions(intake);
    }

    @Test
    void invalidFieldsAreA422ProblemListingEachField() {
        double refusedBefore = refused("validation");

        post(MediaType.APPLICATION_JSON, """
                {"channel": "999", "sourceTicketId": "a b", "categoryCode": "x",
                 "location": {"lon": 200, "lat": 39.9, "crs": "BD09"}}""")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gridline.city/problems/validation")
                .jsonPath("$.errors.length()").isEqualTo(5)
                .jsonPath("$.errors[?(@.field == 'channel')]").exists()
                .jsonPath("$.errors[?(@.field == 'sourceTicketId')]").exists()
                .jsonPath("$.errors[?(@.field == 'categoryCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'location.lon')]").exists()
                .jsonPath("$.errors[?(@.field == 'location.crs')]").exists();
        verifyNoInteractions(intake);
        assertThat(refused("validation")).isEqualTo(refusedBefore + 1);
    }

    @Test
    void categoryCodeOutsideTheCatalogueIsA422FieldError() {
        post(MediaType.APPLICATION_JSON, """
                {"channel": "12319", "sourceTicketId": "12319-1", "categoryCode": "123456", "address": "朝阳区"}""")
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("categoryCode")
                .jsonPath("$.errors[0].message").isEqualTo("is not a category code of the catalogue");
        verifyNoInteractions(intake);
    }

    @Test
    void reportWithNeitherLocationNorAddressIsA422Problem() {
        post(MediaType.APPLICATION_JSON, """
                {"channel": "12319", "sourceTicketId": "12319-1", "categoryCode": "0101", "description": "?"}""")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("a report needs a location or an address");
        verifyNoInteractions(intake);
    }

    @Test
    void brokerOutageIsA503WithRetryAfter() {
        when(intake.submit(any(), anyString())).thenReturn(Mono.error(new BrokerUnavailableException(null)));

        post(MediaType.APPLICATION_JSON, """
                {"channel": "12319", "sourceTicketId": "12319-1", "categoryCode": "0101", "address": "朝阳区"}""")
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/broker-unavailable");
    }

    @Test
    void aReportWaitingForOneFiledNearItAboutTheSameTimeIsA503WithRetryAfter() {
        double refusedBefore = refused("repeat_undecided");
        when(intake.submit(any(), anyString())).thenReturn(Mono.error(new RepeatUndecidedException("report-1")));

        post(MediaType.APPLICATION_JSON, """
                {"channel": "12319", "sourceTicketId": "12319-1", "categoryCode": "0101", "address": "朝阳区"}""")
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/repeat-undecided");
        assertThat(refused("repeat_undecided")).isEqualTo(refusedBefore + 1);
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        http.get().uri("/api/v1/nowhere").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.delete().uri("/api/v1/reports").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/method-not-allowed");
    }

    private double refused(String reason) {
        return registry.counter("gridline.reports.refused", "reason", reason).count();
    }

    @TestConfiguration
    static class Metrics {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        IntakeMetrics intakeMetrics(MeterRegistry registry) {
            return new IntakeMetrics(registry);
        }
    }

    private WebTestClient.ResponseSpec post(MediaType type, String body) {
        return http.post().uri("/api/v1/reports").contentType(type).bodyValue(body).exchange();
    }
}
