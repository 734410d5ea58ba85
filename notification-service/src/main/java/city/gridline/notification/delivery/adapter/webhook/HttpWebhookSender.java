package city.gridline.notification.delivery.adapter.webhook;

import city.gridline.notification.delivery.adapter.ChannelResilience;
import city.gridline.notification.delivery.application.ChannelSender;
import city.gridline.notification.delivery.application.DeliveryRejectedException;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.WebhookSignature;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The WEBHOOK channel: {@code POST <url>} of the webhook named by the recipient's address, with the notification as
 * JSON ({@code id, caseNumber, templateKey, text, createdAt}) and {@code X-Gridline-Signature: sha256=<HMAC-SHA256 of
 * the body under the webhook's secret>}; any 2xx means taken. One retry, circuit breaker and bulkhead for all
 * webhooks (instance {@code webhook}).
 */
public class HttpWebhookSender implements ChannelSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebClient http;
    private final Map<String, Webhook> webhooks;
    private final ChannelResilience resilience;

    public HttpWebhookSender(WebClient http, Map<String, Webhook> webhooks,
                             ChannelResilience resilience) {
        this.http = http;
        this.webhooks = Map.copyOf(webhooks);
        this.resilience = resilience;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Mono<Void> send(Notification notification, Consumer<String> tries) {
        Webhook webhook = webhooks.get(notification.recipient().address());
        if (webhook == null) {
            String reason = "no webhook named " + notification.recipient().address() + " is configured";
            tries.accept(reason);
            return Mono.error(new DeliveryRejectedException(reason));
        }
        byte[] body = JSON.writeValueAsBytes(new WebhookBody(notification.id(), notification.caseNumber(),
                notification.templateKey(), notification.text(), notification.createdAt().toString()));
        Mono<?> oneTry = Mono.defer(() -> http.post().uri(webhook.url())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(WebhookSignature.HEADER, WebhookSignature.of(webhook.secret(), body))
                        .bodyValue(body)
                        .retrieve()
                        .toBodilessEntity()
                        .timeout(webhook.timeout()))
                .onErrorMap(failure -> classified(failure, webhook.timeout()));
        return resilience.guard(oneTry, tries);
    }

    private static Throwable classified(Throwable failure, Duration timeout) {
        if (failure instanceof WebClientResponseException response) {
            HttpStatusCode status = response.getStatusCode();
            String answer = "webhook answered " + status.value() + " " + response.getStatusText();
            boolean mayPass = status.is5xxServerError() || status.value() == HttpStatus.REQUEST_TIMEOUT.value()
                    || status.value() == HttpStatus.TOO_MANY_REQUESTS.value();
            return mayPass ? new WebhookException(answer, failure) : new DeliveryRejectedException(answer);
        }
        if (failure instanceof TimeoutException) {
            return new WebhookException("webhook did not answer within " + timeout, failure);
        }
        if (failure instanceof WebClientRequestException request) {
            return new WebhookException("webhook unreachable: " + request.getMostSpecificCause().getMessage(), failure);
        }
        return failure;
    }

    /** A configured receiver: where to post and the secret the body is signed with. */
    public record Webhook(URI url, String secret, Duration timeout) {
    }

    record WebhookBody(String id, String caseNumber, String templateKey, String text, String createdAt) {
    }
}
