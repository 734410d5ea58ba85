package city.gridline.servicekit;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.TeamRosterChanged;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import reactor.core.publisher.Mono;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class GridlineProblemHandlerTest {

    private final WebTestClient http = WebTestClient.bindToController(new FailingController())
            .controllerAdvice(new Handler())
            .build();

    @Test
    void aDatabaseThatCannotBeReachedIsA503ProblemToRetry() {
        for (String path : new String[] {"/unreachable", "/socket-reset"}) {
            String problem = http.get().uri(path).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(problem).contains("\"type\":\"https://gridline.city/problems/database-unavailable\"");
        }
    }

    @Test
    void anAnnouncementTheBrokerDidNotTakeIsA503ProblemToRetry() {
        String problem = http.get().uri("/not-announced").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(problem).contains("\"type\":\"https://gridline.city/problems/broker-unavailable\"");
    }

    @Test
    void anyOtherDataAccessFailureStaysAServerErrorToFix() {
        http.get().uri("/duplicate").exchange().expectStatus().isEqualTo(500);
    }

    @RestControllerAdvice
    static class Handler extends GridlineProblemHandler {
        Handler() {
            super("Invalid request");
        }
    }

    @RestController
    static class FailingController {

        @GetMapping("/unreachable")
        Mono<String> unreachable() {
            return Mono.error(new DataAccessResourceFailureException("Timed out after 30000 ms selecting a server"));
        }

        @GetMapping("/socket-reset")
        Mono<String> socketReset() {
            return Mono.error(new MongoSocketReadException("Connection reset", new ServerAddress()));
        }

        @GetMapping("/not-announced")
        Mono<String> notAnnounced() {
            TeamRosterChanged roster = new TeamRosterChanged("T1", "测试组", "RESIDENT_GROUP", "110105", "110105001",
                    true, new TeamRosterChanged.Members(1, 0, 0, 0, 0), Instant.EPOCH);
            return Mono.error(new EventMessages.EventNotPublishedException(
                    EventEnvelope.wrap(roster, "event-1", Instant.EPOCH, "trace-1", "/test"), null));
        }

        @GetMapping("/duplicate")
        Mono<String> duplicate() {
            return Mono.error(new DuplicateKeyException("E11000 a bug, not an outage"));
        }
    }
}
