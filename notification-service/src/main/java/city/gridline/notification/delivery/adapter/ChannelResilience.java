package city.gridline.notification.delivery.adapter;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import reactor.core.publisher.Mono;

import java.util.function.Consumer;

/**
 * One channel's Resilience4j instances ({@code resilience4j.*.instances.<channel>}) and the one way a sender uses
 * them: each try passes the bulkhead and the circuit breaker, the retry around them tries again, and every try's
 * outcome is reported — {@code null} when it was taken, else why not.
 */
public record ChannelResilience(Retry retry, CircuitBreaker circuitBreaker, Bulkhead bulkhead) {

    public static ChannelResilience named(String name, RetryRegistry retries, CircuitBreakerRegistry circuitBreakers,
                                          BulkheadRegistry bulkheads) {
        return new ChannelResilience(retries.retry(name), circuitBreakers.circuitBreaker(name),
                bulkheads.bulkhead(name));
    }

    /** {@code oneTry} must be lazy (subscribed again for every retry) and fail with the try's classified error. */
    public Mono<Void> guard(Mono<?> oneTry, Consumer<String> tries) {
        return oneTry
                .doOnSuccess(taken -> tries.accept(null))
                .doOnError(failure -> tries.accept(failure.getMessage()))
                .then()
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry));
    }
}
