package city.gridline.grid.location.adapter.web;

import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.grid.layer.adapter.web.GridProblemHandler;
import city.gridline.grid.layer.application.NoLayerInForceException;
import city.gridline.grid.location.application.ManualPlacement;
import city.gridline.grid.location.application.PlacementPendingException;
import city.gridline.grid.location.application.PointOutsideLayerException;
import city.gridline.grid.location.application.TriageDecisions;
import city.gridline.grid.location.application.TriageItem;
import city.gridline.grid.location.application.TriageItemClosedException;
import city.gridline.grid.location.application.TriageItemNotFoundException;
import city.gridline.grid.location.application.TriageList;
import city.gridline.grid.location.application.WrongTriageActionException;
import city.gridline.servicekit.security.AreaScope;
import city.gridline.servicekit.security.CallerAuthentication;
import city.gridline.servicekit.security.GridlineCaller;
import city.gridline.servicekit.security.GridlineRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The triage API's answers and refusals, each refusal an RFC 9457 problem with its type. The bad-input campaign
 * found the framework's refusals without a {@code type}; the actions' own refusals are the grid's problems. The
 * caller is put in the security context by a filter here: access rules and areas are {@code GridAccessIT}'s and
 * {@code ReportLocatingIT}'s to check.
 */
@WebFluxTest(TriageController.class)
@AutoConfigureWebTestClient(timeout = "PT60S")
@Import({GridProblemHandler.class, TriageApiTest.Caller.class})
class TriageApiTest {

    private static final String PROBLEMS = "https://gridline.city/problems/";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    WebTestClient http;

    @MockitoBean
    TriageList triage;

    @MockitoBean
    TriageDecisions decisions;

    @Test
    void aNonNumericQueryValueIsA400ProblemWithItsType() {
        http.get().uri("/api/v1/triage?limit=abc").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "malformed-request");
        verifyNoInteractions(triage);
    }

    /** Found by the bad-input campaign's generated cases: {@code limit=-1} was a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "501"})
    void aLimitOutOfRangeIsA400ProblemWithItsType(String limit) {
        http.get().uri("/api/v1/triage?limit=" + limit).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "malformed-request");
        verifyNoInteractions(triage);
    }

    @Test
    void anUnacceptableAcceptIsA406ProblemWithItsType() {
        http.get().uri("/api/v1/triage").accept(MediaType.IMAGE_PNG).exchange()
                .expectStatus().isEqualTo(406)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-acceptable");
        verifyNoInteractions(triage);
    }

    @Test
    void aPlacementAnswersTheClosedItemWithWhereAndByWhomItWasPlaced() {
        GeoPoint point = new GeoPoint(116.455, 39.937, Crs.GCJ02);
        when(decisions.place(eq("r-1"), eq(point), any(), eq(TRACE))).thenReturn(placed("r-1"));

        place("r-1", "{\"lon\": 116.455, \"lat\": 39.937, \"crs\": \"GCJ02\"}")
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.reportId").isEqualTo("r-1")
                .jsonPath("$.resolution.outcome").isEqualTo("PLACED")
                .jsonPath("$.resolution.by").isEqualTo("cc-1")
                .jsonPath("$.placement.placedBy").isEqualTo("cc-1")
                .jsonPath("$.placement.located.cell.code").isEqualTo("110105001024001")
                .jsonPath("$.placement.located.residentTeam.id").isEqualTo("T110105001024");
        verify(decisions).place(eq("r-1"), eq(point), argThat(caller -> caller.id().equals("cc-1")), eq(TRACE));
    }

    @Test
    void aConfirmationAnswersTheClosedItem() {
        TriageItem confirmed = new TriageItem("r-2", TriageItem.Kind.CONFIRM_PLACEMENT, "placed from its address",
                "110105001024000", located().report(), AT, null,
                new TriageItem.Resolution(TriageItem.Resolution.Outcome.CONFIRMED, "cc-1", AT));
        when(decisions.confirm(eq("r-2"), any())).thenReturn(confirmed);

        http.post().uri("/api/v1/triage/{id}/confirmation", "r-2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.resolution.outcome").isEqualTo("CONFIRMED")
                .jsonPath("$.proposedCell").isEqualTo("110105001024000");
    }

    @Test
    void anUnknownReportIsA404Problem() {
        when(decisions.place(any(), any(), any(), any())).thenThrow(new TriageItemNotFoundException("r-404"));
        when(decisions.confirm(any(), any())).thenThrow(new TriageItemNotFoundException("r-404"));

        expectProblem(place("r-404", validBody()), 404, "triage-item-not-found");
        expectProblem(confirm("r-404"), 404, "triage-item-not-found");
    }

    @Test
    void anItemPlacedOrConfirmedAlreadyIsA409Problem() {
        when(decisions.place(any(), any(), any(), any()))
                .thenThrow(new TriageItemClosedException("Report r-1 was placed in cell 110105001024001 by cc-1."));
        when(decisions.confirm(any(), any()))
                .thenThrow(new TriageItemClosedException("Report r-1 was placed in cell 110105001024001 by cc-1."));

        expectProblem(place("r-1", validBody()), 409, "triage-item-closed");
        expectProblem(confirm("r-1"), 409, "triage-item-closed");
    }

    @Test
    void aPlacementAtAnotherPointThanTheOneBeingAnnouncedIsA409Problem() {
        when(decisions.place(any(), any(), any(), any())).thenThrow(new PlacementPendingException(
                "Report r-1 was placed at 116.48, 39.99 (GCJ-02, cell 110105001024001) by cc-1"));

        expectProblem(place("r-1", validBody()), 409, "placement-pending")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("by cc-1"));
    }

    @Test
    void theWrongActionForTheItemIsA409ProblemSayingWhatToDo() {
        when(decisions.place(any(), any(), any(), any()))
                .thenThrow(new WrongTriageActionException("its case is open: re-dispatch the case in dispatch"));
        when(decisions.confirm(any(), any()))
                .thenThrow(new WrongTriageActionException("place it at a point"));

        expectProblem(place("r-1", validBody()), 409, "wrong-triage-action")
                .jsonPath("$.detail").isEqualTo("its case is open: re-dispatch the case in dispatch");
        expectProblem(confirm("r-1"), 409, "wrong-triage-action")
                .jsonPath("$.detail").isEqualTo("place it at a point");
    }

    @Test
    void aPointOutsideTheLayerIsA422Problem() {
        when(decisions.place(any(), any(), any(), any())).thenThrow(new PointOutsideLayerException(
                "point (116.300000, 39.990000) GCJ02 is outside every cell of grid layer 110105-demo-1"));

        expectProblem(place("r-1", validBody()), 422, "point-outside-layer")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("outside every cell"));
    }

    @Test
    void noLayerInForceIsThe404ProblemOfTheRestOfTheApi() {
        when(decisions.place(any(), any(), any(), any())).thenThrow(new NoLayerInForceException());

        expectProblem(place("r-1", validBody()), 404, "no-layer-in-force");
    }

    @Test
    void aPlacementWithoutItsLatitudeOrWithAnotherCoordinateSystemIsA422ListingEachField() {
        place("r-1", "{\"lon\": 116.455, \"crs\": \"BD09\"}")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'lat')]").exists()
                .jsonPath("$.errors[?(@.field == 'crs')]").exists();
        place("r-1", "{\"lon\": 216.455, \"lat\": 39.937, \"crs\": \"GCJ02\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lon");
        verifyNoInteractions(decisions);
    }

    @Test
    void aMalformedPlacementIsA400Problem() {
        expectProblem(place("r-1", "{\"lon\": \"east\""), 400, "malformed-request");
        verifyNoInteractions(decisions);
    }

    private WebTestClient.ResponseSpec place(String reportId, String body) {
        return http.post().uri("/api/v1/triage/{id}/placement", reportId)
                .header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec confirm(String reportId) {
        return http.post().uri("/api/v1/triage/{id}/confirmation", reportId).exchange();
    }

    private static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status,
                                                               String kind) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + kind);
    }

    private static String validBody() {
        return "{\"lon\": 116.455, \"lat\": 39.937, \"crs\": \"GCJ02\"}";
    }

    private static TriageItem placed(String reportId) {
        ReportLocated located = located();
        return new TriageItem(reportId, TriageItem.Kind.UNLOCATABLE, "address-only report left for manual triage",
                null, located.report(), AT.minusSeconds(600), new ManualPlacement("e-1", TRACE, "cc-1", AT, located),
                new TriageItem.Resolution(TriageItem.Resolution.Outcome.PLACED, "cc-1", AT));
    }

    private static ReportLocated located() {
        return (ReportLocated) new EventCodec().decode(GoldenSamples.sample(EventTypes.REPORT_LOCATED)).data();
    }

    /** A command-centre operator of Chaoyang, as the service's security would have authenticated. */
    @TestConfiguration
    static class Caller {

        @Bean
        WebFilter commandCentreOperator() {
            GridlineCaller caller = new GridlineCaller("cc-1", Set.of(GridlineRole.COMMAND_CENTRE),
                    AreaScope.of(List.of("110105")), null);
            return (exchange, chain) -> chain.filter(exchange).contextWrite(
                    ReactiveSecurityContextHolder.withAuthentication(new CallerAuthentication(caller, null)));
        }
    }
}
