package city.gridline.notification.delivery.adapter.sms;

import city.gridline.contracts.MaskedContact;
import city.gridline.notification.delivery.adapter.ChannelResilience;
import city.gridline.notification.delivery.application.ChannelSender;
import city.gridline.notification.delivery.application.DeliveryRejectedException;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Notification;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * SMS through an HTTP gateway: {@code POST <gateway-url>} with {@code {"to", "text", "reference"}} (the reference is
 * the notification id, for the gateway to drop duplicates); any 2xx means the gateway took the message. Each try
 * passes the bulkhead and the circuit breaker; the retry around them tries again after gateway failures only.
 */
public class HttpSmsSender implements ChannelSender {

    /** The most of a gateway's refusal kept with the notification. */
    private static final int LONGEST_ANSWER = 500;

    private final WebClient http;
    private final URI gateway;
    private final Duration timeout;
    private final ChannelResilience resilience;
    private final UnaryOperator<String> opener;

    /** {@code opener}: turns a stored address into the number to send to — opening a citizen's sealed number. */
    public HttpSmsSender(WebClient http, URI gateway, Duration timeout, ChannelResilience resilience,
                         UnaryOperator<String> opener) {
        this.http = http;
        this.gateway = gateway;
        this.timeout = timeout;
        this.resilience = resilience;
        this.opener = opener;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Mono<Void> send(Notification notification, Consumer<String> tries) {
        Mono<?> oneTry = Mono.defer(() -> {
            String to = opener.apply(notification.recipient().address());
            return http.post().uri(gateway)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(new SmsRequest(to, notification.text(), notification.id()))
                    .retrieve()
                    .toBodilessEntity()
                    .timeout(timeout)
                    .onErrorMap(failure -> classified(failure, to));
        });
        return resilience.guard(oneTry, tries);
    }

    /**
     * What the gateway said, for the notification's record and the log: gateways often echo the number they refused,
     * so the number is masked there, and a long answer (an error page) is cut.
     */
    private static String answerOf(WebClientResponseException response, String to) {
        String answer = response.getResponseBodyAsString();
        String masked = to == null || to.isBlank() ? answer : answer.replace(to, MaskedContact.maskPhone(to));
        return masked.length() <= LONGEST_ANSWER ? masked : masked.substring(0, LONGEST_ANSWER) + "…";
    }

    private Throwable classified(Throwable failure, String to) {
        if (failure instanceof WebClientResponseException response) {
            HttpStatusCode status = response.getStatusCode();
            String answer = "SMS gateway answered " + status.value() + " " + response.getStatusText();
            boolean mayPass = status.is5xxServerError() || status.value() == HttpStatus.REQUEST_TIMEOUT.value()
                    || status.value() == HttpStatus.TOO_MANY_REQUESTS.value();
            return mayPass ? new SmsGatewayException(answer, failure)
                    : new DeliveryRejectedException(answer + ": " + answerOf(response, to));
        }
        if (failure instanceof TimeoutException) {
            return new SmsGatewayException("SMS gateway did not answer within " + timeout, failure);
        }
        if (failure instanceof WebClientRequestException request) {
            return new SmsGatewayException("SMS gateway unreachable: " + request.getMostSpecificCause().getMessage(),
                    failure);
        }
        return failure;
    }

    /** The gateway's request body. */
    record SmsRequest(String to, String text, String reference) {
    }
}
