package city.gridline.notification.delivery.adapter.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A stand-in SMS gateway for the local stack: accepts what the SMS sender posts and lists it, newest last. Only with
 * {@code gridline.notification.sms.loopback.enabled=true}; never in production, where the gateway is the operator's.
 */
@RestController
@RequestMapping(path = "/loopback/sms", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnProperty(name = "gridline.notification.sms.loopback.enabled", havingValue = "true")
public class LoopbackSmsGateway {

    /** Enough for a demo session; older messages make room for newer ones. */
    static final int KEPT = 1000;

    private final Deque<ReceivedSms> received = new ArrayDeque<>();
    private final Clock clock;

    public LoopbackSmsGateway(Clock clock) {
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReceivedSms receive(@RequestBody SmsMessage message) {
        ReceivedSms sms = new ReceivedSms(clock.instant(), message.to(), message.text(), message.reference());
        synchronized (received) {
            if (received.size() == KEPT) {
                received.removeFirst();
            }
            received.addLast(sms);
        }
        return sms;
    }

    @GetMapping
    public List<ReceivedSms> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** What an SMS gateway is sent. */
    public record SmsMessage(String to, String text, String reference) {
    }

    public record ReceivedSms(Instant receivedAt, String to, String text, String reference) {
    }
}
