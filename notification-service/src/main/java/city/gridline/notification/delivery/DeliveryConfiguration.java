package city.gridline.notification.delivery;

import city.gridline.contracts.ContactSeal;
import city.gridline.notification.config.NotificationProperties;
import city.gridline.notification.delivery.adapter.ChannelResilience;
import city.gridline.notification.delivery.adapter.email.SmtpEmailSender;
import city.gridline.notification.delivery.adapter.mongo.MongoNotificationStore;
import city.gridline.notification.delivery.adapter.push.MongoPushPresence;
import city.gridline.notification.delivery.adapter.push.TeamPushHub;
import city.gridline.notification.delivery.adapter.push.TeamPushSender;
import city.gridline.notification.delivery.adapter.web.TeamPushAccess;
import city.gridline.notification.delivery.adapter.webhook.HttpWebhookSender;
import city.gridline.notification.delivery.adapter.scheduling.DueNotificationPoller;
import city.gridline.notification.delivery.adapter.sms.HttpSmsSender;
import city.gridline.notification.delivery.application.ChannelSender;
import city.gridline.notification.delivery.application.Deliveries;
import city.gridline.notification.delivery.application.DeliveryMetrics;
import city.gridline.notification.delivery.application.DeliveryPolicy;
import city.gridline.notification.delivery.application.DeliveryRejectedException;
import city.gridline.notification.delivery.application.TeamMessages;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.QuietHours;
import city.gridline.notification.delivery.domain.SealedAddress;
import city.gridline.notification.staffing.application.StaffingRegister;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.reactive.function.client.WebClient;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Wiring of notification delivery. Each channel's retry, circuit breaker and bulkhead are the Resilience4j instances
 * named after the channel ({@code resilience4j.*.instances.sms}), configured in application.yml.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeliveryConfiguration {

    @Bean
    MongoNotificationStore notificationStore(ReactiveMongoTemplate mongo) {
        return new MongoNotificationStore(mongo);
    }

    @Bean
    DeliveryMetrics deliveryMetrics(MeterRegistry registry) {
        return new DeliveryMetrics(registry);
    }

    @Bean
    HttpSmsSender smsSender(NotificationProperties properties, ObjectProvider<WebClient.Builder> builders,
                            RetryRegistry retries, CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads,
                            ObjectProvider<ContactSeal> seal) {
        String name = Channel.SMS.key();
        NotificationProperties.Sms sms = properties.sms();
        UnaryOperator<String> opener = address -> {
            if (SealedAddress.isErased(address)) {
                throw new DeliveryRejectedException("the citizen's number was erased after the case ended");
            }
            return SealedAddress.in(address)
                    .map(sealed -> seal.getIfAvailable(() -> {
                        throw new DeliveryRejectedException("a citizen's number is sealed and no contact key is set");
                    }).open(sealed))
                    .orElse(address);
        };
        return new HttpSmsSender(builders.getIfAvailable(WebClient::builder).build(), sms.gatewayUrl(), sms.timeout(),
                ChannelResilience.named(name, retries, circuitBreakers, bulkheads), opener);
    }

    /**
     * E-mail only with an SMTP server configured: Spring Boot makes the {@link JavaMailSender} from
     * {@code spring.mail.*} exactly when {@code spring.mail.host} is set, and so does this condition.
     */
    @Bean
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    SmtpEmailSender emailSender(JavaMailSender mail, NotificationProperties properties, RetryRegistry retries,
                                CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads) {
        String name = Channel.EMAIL.key();
        return new SmtpEmailSender(mail, properties.email().from(),
                ChannelResilience.named(name, retries, circuitBreakers, bulkheads));
    }

    @Bean
    TeamPushHub teamPushHub() {
        return new TeamPushHub();
    }

    @Bean
    TeamPushAccess teamPushAccess(StaffingRegister register) {
        return new TeamPushAccess(register);
    }

    @Bean
    TeamPushSender teamPushSender(TeamPushHub hub) {
        return new TeamPushSender(hub);
    }

    /** All webhooks share one retry, circuit breaker and bulkhead ({@code resilience4j.*.instances.webhook}). */
    @Bean
    HttpWebhookSender webhookSender(NotificationProperties properties, ObjectProvider<WebClient.Builder> builders,
                                    RetryRegistry retries, CircuitBreakerRegistry circuitBreakers,
                                    BulkheadRegistry bulkheads) {
        String name = Channel.WEBHOOK.key();
        Map<String, HttpWebhookSender.Webhook> webhooks = new HashMap<>();
        properties.webhooks().forEach((webhookName, webhook) ->
                webhooks.put(webhookName, new HttpWebhookSender.Webhook(webhook.url(), webhook.secret(), webhook.timeout())));
        return new HttpWebhookSender(builders.getIfAvailable(WebClient::builder).build(), webhooks,
                ChannelResilience.named(name, retries, circuitBreakers, bulkheads));
    }

    @Bean
    TeamMessages teamMessages(Deliveries deliveries, NotificationProperties properties, MeterRegistry registry) {
        return new TeamMessages(deliveries, properties.teamPhones(), properties.teamPush().teams(), registry);
    }

    @Bean
    MongoPushPresence pushPresence(ReactiveMongoTemplate mongo, TeamPushHub hub) {
        return new MongoPushPresence(mongo, hub);
    }

    @Bean
    Deliveries deliveries(MongoNotificationStore store, List<ChannelSender> senders, NotificationProperties properties,
                          DeliveryMetrics metrics, MongoPushPresence pushPresence, Clock clock) {
        NotificationProperties.Delivery delivery = properties.delivery();
        NotificationProperties.QuietHours quiet = properties.quietHours();
        return new Deliveries(store, senders, new QuietHours(quiet.start(), quiet.end(), properties.zone()),
                new DeliveryPolicy(delivery.maxRounds(), delivery.roundBackoff(), delivery.claimFor(),
                        delivery.batchSize(), delivery.concurrency(), delivery.hold()),
                metrics, pushPresence, clock);
    }

    @Bean
    DueNotificationPoller dueNotificationPoller(Deliveries deliveries, NotificationProperties properties) {
        return new DueNotificationPoller(deliveries, properties.delivery().claimFor());
    }
}
