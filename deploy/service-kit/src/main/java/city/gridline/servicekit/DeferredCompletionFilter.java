package city.gridline.servicekit;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Lets no exchange finish inside the call that started it. Reactor Netty up to 1.3.7 stops reading a kept-alive
 * connection when a request that waited behind an unfinished one is then answered at once, without leaving the event
 * loop — as a refusal written by a filter is (a 429, 413, 401): its queue of waiting requests drains and nobody asks
 * for more, so the next request on the connection gets no answer (reactor-netty#4347, #4361; intake's
 * {@code KeptAliveConnectionIT}). Handling each exchange on another thread than the event loop's dispatch — its
 * response then written by a task of its own — keeps that drain from ever happening inside the dispatch. (Publishing
 * only the completion elsewhere is not enough: the last write of the response already ends the exchange.) Reactor
 * Netty 1.3.8 fixes it, but needs Netty 4.2.19; drop this filter with that upgrade.
 */
public class DeferredCompletionFilter implements WebFilter, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return Mono.defer(() -> chain.filter(exchange)).subscribeOn(Schedulers.parallel());
    }
}
