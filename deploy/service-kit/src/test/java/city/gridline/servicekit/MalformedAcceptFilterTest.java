package city.gridline.servicekit;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Found by the bad-input campaign: {@code Accept: ;;;} was a bare 406 without a problem, on every service. */
class MalformedAcceptFilterTest {

    private final MalformedAcceptFilter filter = new MalformedAcceptFilter();

    @Test
    void anAcceptHeaderThatIsNoMediaTypeListIsDisregarded() {
        assertThat(passedOn(";;;").getRequest().getHeaders().get(HttpHeaders.ACCEPT)).isNull();
    }

    @Test
    void aValidAcceptHeaderIsKeptEvenWhenNothingMatchesIt() {
        assertThat(passedOn("image/png, application/xml;q=0.5").getRequest().getHeaders().get(HttpHeaders.ACCEPT))
                .containsExactly("image/png, application/xml;q=0.5");
    }

    private ServerWebExchange passedOn(String accept) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/reports/x")
                .header(HttpHeaders.ACCEPT, accept));
        AtomicReference<ServerWebExchange> passed = new AtomicReference<>();
        filter.filter(exchange, next -> {
            passed.set(next);
            return Mono.empty();
        }).block();
        return passed.get();
    }
}
