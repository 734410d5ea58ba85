package city.gridline.intake.limits;

import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TestCallers;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The rare hang of RequestLimitsIT, made certain: on one kept-alive connection, a request arrives while the one
 * before it is still being handled though its response was sent; it is answered at once (the rate limit's 429,
 * written by a filter without leaving the event loop); the request after it must still be answered. Reactor Netty
 * up to 1.3.7 stops reading the connection there (reactor-netty#4347: the queue of waiting requests drained
 * without a new read); 1.3.8, which the build pins, does not. The waits below are bounds on a hang, not timings:
 * each step waits for the event it needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridline.intake.limits.api.per-second=0.1",
        "gridline.intake.limits.api.burst=1"})
class KeptAliveConnectionIT extends ServiceIntegrationTest {

    private static final String SLOW = "X-Still-Handling";
    private static final String MARK = "X-Arrived";
    private static volatile Sinks.Empty<Void> slowRequestDone = Sinks.empty();
    private static volatile CountDownLatch markedRequestRead = new CountDownLatch(1);

    @LocalServerPort
    int port;

    @Test
    void theRequestAfterAnImmediateRefusalOnAKeptAliveConnectionIsAnswered() throws Exception {
        slowRequestDone = Sinks.empty();
        markedRequestRead = new CountDownLatch(1);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            assertThat(exchange(socket, "kept-alive-1", "")).startsWith("HTTP/1.1 404");

            assertThat(exchange(socket, "kept-alive-1", SLOW + ": yes\r\n")).startsWith("HTTP/1.1 404");
            send(socket, "kept-alive-1", MARK + ": yes\r\n");
            assertThat(markedRequestRead.await(20, TimeUnit.SECONDS)).as("the server read the next request").isTrue();
            slowRequestDone.tryEmitEmpty();
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 429");

            try {
                assertThat(exchange(socket, "kept-alive-2", "")).startsWith("HTTP/1.1 404");
            } catch (SocketTimeoutException hang) {
                fail("the request after the 429 got no answer: the server stopped reading the connection");
            }
        }
    }

    private static String exchange(Socket socket, String subject, String extraHeaders) throws IOException {
        send(socket, subject, extraHeaders);
        return readResponse(socket.getInputStream());
    }

    private static void send(Socket socket, String subject, String extraHeaders) throws IOException {
        String request = "GET /api/v1/reports/no-such-report HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                + TestCallers.bearer(subject, List.of("HOTLINE_OPERATOR"), List.of("*")) + "\r\n" + extraHeaders
                + "\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** The status line and headers; the body (by its Content-Length) is read and dropped. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the server closed the connection");
            }
            head.write(next);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).trim()));
            }
        }
        return headers;
    }

    @TestConfiguration
    static class SlowRequestAndReadProbe {

        /** Answers the marked request at once, in full, then goes on "handling" it until the test says. */
        @Bean
        WebFilter stillHandlingAfterTheResponse() {
            return new StillHandling();
        }

        /** Tells the test when the server has read the marked request off the connection. */
        @Bean
        NettyServerCustomizer markedRequestReadProbe() {
            return server -> server.doOnChannelInit((observer, channel, address) ->
                    channel.pipeline().addFirst(new ChannelInboundHandlerAdapter() {
                        @Override
                        public void channelRead(ChannelHandlerContext ctx, Object msg) {
                            if (msg instanceof ByteBuf bytes && bytes.toString(StandardCharsets.US_ASCII)
                                    .contains(MARK)) {
                                markedRequestRead.countDown();
                            }
                            ctx.fireChannelRead(msg);
                        }
                    }));
        }
    }

    static class StillHandling implements WebFilter, Ordered {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            if (!exchange.getRequest().getHeaders().containsHeader(SLOW)) {
                return chain.filter(exchange);
            }
            ServerHttpResponse response = exchange.getResponse();
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            response.setStatusCode(HttpStatus.NOT_FOUND);
            response.getHeaders().setContentLength(body.length);
            return response.writeAndFlushWith(Mono.just(Mono.just(response.bufferFactory().wrap(body))))
                    .then(slowRequestDone.asMono());
        }
    }
}
