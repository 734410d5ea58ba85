package city.gridline.notification.delivery.adapter.web;

import city.gridline.notification.delivery.application.Deliveries;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class NotificationListPagingTest {

    private final Deliveries deliveries = mock(Deliveries.class);
    private final WebTestClient http = WebTestClient.bindToController(new NotificationController(deliveries)).build();

    /** A page past 2^31 notifications skipped is past any there can be: empty, not the first page again. */
    @Test
    void aPageBeyondWhatTheDatabaseCanSkipIsEmpty() {
        http.get().uri("/api/v1/notifications?limit=500&page=4294968").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.notifications").isEmpty();
        verifyNoInteractions(deliveries);
    }
}
