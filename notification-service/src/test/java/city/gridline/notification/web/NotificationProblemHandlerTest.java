package city.gridline.notification.web;

import city.gridline.notification.callback.adapter.web.CallbackController;
import city.gridline.notification.callback.application.Callbacks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Found by the bad-input campaign: the framework's refusals in the notification API were problems without a
 * {@code type}.
 */
@WebFluxTest(CallbackController.class)
@AutoConfigureWebTestClient(timeout = "PT60S")
@Import(NotificationProblemHandler.class)
class NotificationProblemHandlerTest {

    @Autowired
    WebTestClient http;

    @MockitoBean
    Callbacks callbacks;

    @Test
    void aMalformedBodyIsA400ProblemWithItsType() {
        http.post().uri("/api/v1/callbacks/261124-00001/result").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"result\": ").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/malformed-request");
        verifyNoInteractions(callbacks);
    }

    @Test
    void anotherMediaTypeIsA415ProblemWithItsType() {
        http.post().uri("/api/v1/callbacks/261124-00001/result").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("SATISFIED").exchange()
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/unsupported-media-type");
        verifyNoInteractions(callbacks);
    }

    @Test
    void aQueryValueOfTheWrongTypeIsA400ProblemWithItsType() {
        http.get().uri("/api/v1/callbacks?page=true").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/malformed-request");
        verifyNoInteractions(callbacks);
    }

    /** Found in review: a page past 2^31 call-backs skipped listed the first page instead. */
    @Test
    void aPageBeyondWhatTheDatabaseCanSkipIsA422() {
        http.get().uri("/api/v1/callbacks?page=10737419&size=200").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
        verifyNoInteractions(callbacks);
    }
}
