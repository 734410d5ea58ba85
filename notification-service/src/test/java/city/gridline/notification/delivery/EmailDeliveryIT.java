package city.gridline.notification.delivery;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventTypes;
import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.deadline.application.DeadlineWatcher;
import city.gridline.testkit.TopicProbe;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mail over SMTP to a real mail server in this JVM: the supervision office hears of 督办 and 通报 with the case
 * number and the deadline; a mail server that is down gives retries, an open circuit, a dead letter and, once it is
 * back, a re-send that delivers.
 */
class EmailDeliveryIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The golden dispatch's deadline: Monday 2026-11-23 22:15 in Beijing. */
    private static final Instant DUE = Instant.parse("2026-11-23T14:15:30.251Z");

    @Autowired
    WebTestClient http;

    @Autowired
    DeadlineWatcher watcher;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void supervisionAndThePublicReportAreEMailedWithTheCaseNumberAndTheDeadline() throws Exception {
        String caseNumber = openAndDispatch();

        watcher.watchAt(DUE.plus(Duration.ofHours(25))).block();
        MimeMessage supervised = awaitMail(caseNumber, "【督办】");
        assertThat(supervised.getSubject()).isEqualTo("【督办】案件" + caseNumber + "超期未办结");
        assertThat(supervised.getAllRecipients()).extracting(Object::toString).containsExactly(SUPERVISION_MAILBOX);
        assertThat(supervised.getFrom()).extracting(Object::toString).containsExactly("gridline@chengguan.test");
        assertThat(body(supervised)).contains("案件" + caseNumber + "由南郎家园综合执法组承办", "处置期限为11月23日22:15",
                "现升级为督办");

        watcher.watchAt(DUE.plus(Duration.ofHours(80))).block();
        await().atMost(WAIT).untilAsserted(() -> assertThat(mailsAbout(caseNumber, "【通报】"))
                .flatExtracting(mail -> List.of(mail.getAllRecipients())).extracting(Object::toString)
                .containsExactlyInAnyOrder(SUPERVISION_MAILBOX, PUBLIC_REPORT_MAILBOX));
        assertThat(mailsAbout(caseNumber, "【督办】")).as("each step mailed once").hasSize(1);
        http.get().uri("/api/v1/notifications?caseNumber={n}", caseNumber).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.notifications[?(@.channel == 'EMAIL')].recipient.kind")
                .isEqualTo(List.of("OFFICE", "OFFICE", "OFFICE"))
                .jsonPath("$.notifications[?(@.channel == 'EMAIL' && @.state != 'SENT')]").isEmpty();
    }

    @Test
    void aMailServerThatIsDownGivesRetriesADeadLetterAndAReSendDeliversOnceItIsBack() throws Exception {
        CircuitBreaker circuit = circuitBreakers.circuitBreaker("email");
        circuit.reset();
        List<CircuitBreaker.StateTransition> transitions = new CopyOnWriteArrayList<>();
        circuit.getEventPublisher().onStateTransition(event -> transitions.add(event.getStateTransition()));
        String caseNumber = openAndDispatch();
        MAIL.stop();
        AtomicReference<String> id = new AtomicReference<>();
        try {
            watcher.watchAt(DUE.plus(Duration.ofHours(25))).block();

            await().atMost(WAIT).untilAsserted(() -> http.get()
                    .uri("/api/v1/notifications?state=DEAD&caseNumber={n}", caseNumber).exchange()
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.notifications.length()").isEqualTo(1)
                    .jsonPath("$.notifications[0].channel").isEqualTo("EMAIL")
                    .jsonPath("$.notifications[0].id").value(value -> id.set((String) value)));
            // Round 1: three tries, each refused; three failures open the circuit. Round 2 finds it open.
            assertThat(transitions).contains(CircuitBreaker.StateTransition.CLOSED_TO_OPEN);
            http.get().uri("/api/v1/notifications/{id}", id.get()).exchange()
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.state").isEqualTo("DEAD")
                    .jsonPath("$.rounds").isEqualTo(2)
                    .jsonPath("$.attempts.length()").isEqualTo(4)
                    .jsonPath("$.attempts[0].failure").value(failure -> assertThat((String) failure)
                            .startsWith("mail server failed: "))
                    .jsonPath("$.attempts[3].round").isEqualTo(2);
        } finally {
            MAIL.start();
        }

        await().atMost(WAIT).until(() -> circuit.getState() != CircuitBreaker.State.OPEN);
        http.post().uri("/api/v1/notifications/{id}/resend", id.get()).exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.state").isEqualTo("PENDING");
        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/notifications/{id}", id.get()).exchange()
                .expectBody()
                .jsonPath("$.state").isEqualTo("SENT")
                .jsonPath("$.attempts[4].succeeded").isEqualTo(true));
        assertThat(mailsAbout(caseNumber, "【督办】")).singleElement()
                .satisfies(mail -> assertThat(mail.getHeader("X-Gridline-Notification")).containsExactly(id.get()));
    }

    private String openAndDispatch() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        topics.send(Topics.CASES_EVENTS, caseNumber, CaseEventsFixture.aStep(EventTypes.CASE_OPENED, caseNumber,
                UUID.randomUUID().toString(), null), Map.of());
        topics.send(Topics.CASES_EVENTS, caseNumber,
                CaseEventsFixture.aDispatch(caseNumber, UUID.randomUUID().toString(), TEAM_WITH_PHONE), Map.of());
        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/cases/{n}/deadline", caseNumber).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.dueAt").isEqualTo(DUE.toString()));
        return caseNumber;
    }

    private MimeMessage awaitMail(String caseNumber, String subjectStart) {
        AtomicReference<MimeMessage> found = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            List<MimeMessage> mails = mailsAbout(caseNumber, subjectStart);
            assertThat(mails).hasSize(1);
            found.set(mails.get(0));
        });
        return found.get();
    }

    private static List<MimeMessage> mailsAbout(String caseNumber, String subjectStart) {
        return MAIL.received().stream().filter(mail -> {
            try {
                return mail.getSubject().startsWith(subjectStart) && mail.getSubject().contains(caseNumber);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage mail) throws MessagingException, IOException {
        return (String) mail.getContent();
    }
}
