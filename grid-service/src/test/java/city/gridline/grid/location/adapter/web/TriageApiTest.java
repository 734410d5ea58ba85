package city.gridline.grid.location.adapter.web;

import city.gridline.grid.layer.adapter.web.GridProblemHandler;
import city.gridline.grid.location.application.TriageList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Found by the bad-input campaign: the framework's refusals in the grid API were problems without a {@code type}.
 */
@WebFluxTest(TriageController.class)
@AutoConfigureWebTestClient(timeout = "PT60S")
@Import(GridProblemHandler.class)
class TriageApiTest {

    @Autowired
    WebTestClient http;

    @MockitoBean
    TriageList triage;

    @Test
    void aNonNumericQueryValueIsA400ProblemWithItsType() {
        http.get().uri("/api/v1/triage?limit=abc").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/malformed-request");
        verifyNoInteractions(triage);
    }

    /** Found by the bad-input campaign's generated cases: {@code limit=-1} was a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "501"})
    void aLimitOutOfRangeIsA400ProblemWithItsType(String limit) {
        http.get().uri("/api/v1/triage?limit=" + limit).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/malformed-request");
        verifyNoInteractions(triage);
    }

    @Test
    void anUnacceptableAcceptIsA406ProblemWithItsType() {
        http.get().uri("/api/v1/triage").accept(MediaType.IMAGE_PNG).exchange()
                .expectStatus().isEqualTo(406)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/not-acceptable");
        verifyNoInteractions(triage);
    }
}
