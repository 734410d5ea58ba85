package city.gridline.notification.delivery.adapter.email;

import city.gridline.notification.delivery.adapter.ChannelResilience;
import city.gridline.notification.delivery.application.ChannelSender;
import city.gridline.notification.delivery.application.DeliveryRejectedException;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.MailText;
import city.gridline.notification.delivery.domain.Notification;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * E-mail over SMTP (Jakarta Mail through Spring's {@link JavaMailSender}): a plain-text UTF-8 message from
 * {@code from} to the recipient's address, subject and body from the notification's text ({@link MailText}), the
 * notification id as a header for the receiving side to drop a duplicate. Jakarta Mail blocks, so each try runs on
 * the bounded elastic scheduler; it passes the bulkhead and the circuit breaker, and the retry around them tries
 * again after server failures only. An address the server refuses outright is a rejection: no further round.
 */
public class SmtpEmailSender implements ChannelSender {

    static final String REFERENCE_HEADER = "X-Gridline-Notification";

    private final JavaMailSender mail;
    private final String from;
    private final ChannelResilience resilience;

    public SmtpEmailSender(JavaMailSender mail, String from, ChannelResilience resilience) {
        this.mail = mail;
        this.from = from;
        this.resilience = resilience;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Mono<Void> send(Notification notification, Consumer<String> tries) {
        Mono<?> oneTry = Mono.fromRunnable(() -> mail.send(message(notification)))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(MailException.class, SmtpEmailSender::classified);
        return resilience.guard(oneTry, tries);
    }

    private MimeMessage message(Notification notification) {
        MailText text = MailText.of(notification.text());
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(notification.recipient().address());
            helper.setSubject(text.subject());
            helper.setText(text.body(), false);
            message.setHeader(REFERENCE_HEADER, notification.id());
        } catch (jakarta.mail.MessagingException | IllegalArgumentException e) {
            throw new DeliveryRejectedException("the e-mail cannot be composed: " + e.getMessage());
        }
        return message;
    }

    private static RuntimeException classified(MailException failure) {
        if (failure instanceof MailPreparationException || refusedAddress(failure)) {
            return new DeliveryRejectedException("rejected by the mail server: " + failure.getMessage());
        }
        return new EmailServerException("mail server failed: " + failure.getMessage(), failure);
    }

    /** The server took the connection but refused the address itself (5xx to RCPT TO). */
    private static boolean refusedAddress(MailException failure) {
        if (!(failure instanceof MailSendException send)) {
            return false;
        }
        for (Exception cause : send.getMessageExceptions()) {
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }
}
