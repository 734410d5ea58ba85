package city.gridline.servicekit;

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

        @GetMapping("/duplicate")
        Mono<String> duplicate() {
            return Mono.error(new DuplicateKeyException("E11000 a bug, not an outage"));
        }
    }
}
