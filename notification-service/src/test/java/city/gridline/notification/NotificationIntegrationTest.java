package city.gridline.notification;

import city.gridline.contracts.ContactSeal;
import city.gridline.testkit.ServiceIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of this service's ITs: one application context for all of them (one consumer in the {@code notification}
 * group, so no event lands in another test class's context), an SMS gateway and an SMTP server the tests control,
 * a team and the command centre with a duty phone, the supervision mailboxes, delivery timings short enough for tests, and no scheduled deadline watch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class NotificationIntegrationTest extends ServiceIntegrationTest {

    protected static final String TEAM_WITH_PHONE = "T110105001024";
    protected static final String TEAM_PHONE = "13800138000";
    protected static final String COMMAND_CENTRE_PHONE = "13900139000";
    protected static final FakeSmsGateway SMS_GATEWAY = new FakeSmsGateway();
    /** A team on the field app (pushes) without a duty phone. */
    protected static final String TEAM_ON_THE_APP = "T110105001099";
    protected static final String WEBHOOK_SECRET = "s3cr3t-for-tests";
    protected static final FakeWebhookReceiver WEBHOOK = new FakeWebhookReceiver();
    /** The contact key of the tests: intake would seal reporters' numbers with it. */
    /** A real SMTP server in this JVM, on a port of its own for the whole run (stopped and started again by tests). */
    protected static final TestMailServer MAIL = TestMailServer.started();
    protected static final String SUPERVISION_MAILBOX = "zhihui@chengguan.test";
    protected static final String PUBLIC_REPORT_MAILBOX = "ducha@chaoyang.test";
    protected static final ContactSeal CONTACT_SEAL = ContactSeal.withKey("k1", "6i+nZKMU25VB8IPUeI+7tLmAnOK60HP3ffLkPmuJ2vQ=");

    @DynamicPropertySource
    static void notificationProperties(DynamicPropertyRegistry registry) {
        registry.add("gridline.notification.sms.gateway-url", () -> SMS_GATEWAY.url().toString());
        registry.add("gridline.notification.team-phones." + TEAM_WITH_PHONE, () -> TEAM_PHONE);
        registry.add("gridline.notification.command-centre-phone", () -> COMMAND_CENTRE_PHONE);
        registry.add("gridline.notification.team-push.teams[0]", () -> TEAM_ON_THE_APP);
        registry.add("gridline.notification.webhooks.ops.url", () -> WEBHOOK.url().toString());
        registry.add("gridline.notification.webhooks.ops.secret", () -> WEBHOOK_SECRET);
        // The tests run the deadline watch and the assessment refresh themselves, at instants of their choosing.
        registry.add("gridline.notification.deadline.watch-interval", () -> "1h");
        registry.add("gridline.notification.deadline.outbox-relay-interval", () -> "1h");
        registry.add("gridline.notification.assessment.refresh-interval", () -> "1h");
        registry.add("gridline.notification.delivery.poll-interval", () -> "200ms");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> String.valueOf(MAIL.port()));
        registry.add("gridline.notification.email.from", () -> "gridline@chengguan.test");
        registry.add("gridline.notification.email.supervision-recipients[0]", () -> SUPERVISION_MAILBOX);
        registry.add("gridline.notification.email.public-report-recipients[0]", () -> PUBLIC_REPORT_MAILBOX);
        registry.add("resilience4j.retry.instances.email.wait-duration", () -> "50ms");
        registry.add("resilience4j.circuitbreaker.instances.email.minimum-number-of-calls", () -> "3");
        registry.add("resilience4j.circuitbreaker.instances.email.sliding-window-size", () -> "5");
        registry.add("resilience4j.circuitbreaker.instances.email.wait-duration-in-open-state", () -> "5s");
        registry.add("gridline.contact-key", () -> "6i+nZKMU25VB8IPUeI+7tLmAnOK60HP3ffLkPmuJ2vQ=");
        // No quiet hours, so that texts to citizens go out whatever the hour the tests run at.
        registry.add("gridline.notification.quiet-hours.start", () -> "00:00");
        registry.add("gridline.notification.quiet-hours.end", () -> "00:00");
        registry.add("gridline.notification.delivery.round-backoff", () -> "300ms");
        registry.add("gridline.notification.delivery.max-rounds", () -> "2");
        registry.add("resilience4j.retry.instances.sms.wait-duration", () -> "50ms");
        registry.add("resilience4j.circuitbreaker.instances.sms.minimum-number-of-calls", () -> "3");
        registry.add("resilience4j.circuitbreaker.instances.sms.sliding-window-size", () -> "5");
        // Long enough that round 2 (due 300 ms after round 1) surely finds the circuit still open on a loaded machine.
        registry.add("resilience4j.circuitbreaker.instances.sms.wait-duration-in-open-state", () -> "5s");
    }
}
