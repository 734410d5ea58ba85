package city.gridline.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message to one recipient through one channel and everything that happened to it. A delivery round is one hand-over
 * to the channel with the channel's own retries inside it; each try is in {@code attempts}. A round that fails leaves
 * the notification FAILED until {@code notBefore}, when the next round starts; after the last allowed round it is DEAD
 * with {@code failure} saying why, and stays so until someone re-sends or discards it ({@link NotificationState}).
 * {@code version} guards concurrent writes.
 */
public record Notification(String id, Channel channel, Recipient recipient, String templateKey, String text,
                           String caseNumber, boolean emergency, NotificationState state, Instant createdAt,
                           Instant notBefore, int rounds, List<DeliveryAttempt> attempts, String failure, long version) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(notBefore, "notBefore");
        attempts = List.copyOf(attempts);
    }

    /** A new notification, PENDING until {@code notBefore}. */
    public static Notification pending(String id, Channel channel, Recipient recipient, RenderedMessage message,
                                       String caseNumber, boolean emergency, Instant createdAt, Instant notBefore) {
        return new Notification(id, channel, recipient, message.templateKey(), message.text(), caseNumber, emergency,
                NotificationState.PENDING, createdAt, notBefore, 0, List.of(), null, 0);
    }

    /** Whether a round may start at {@code now}: PENDING or FAILED, and not held back. */
    public boolean isDueAt(Instant now) {
        return (state == NotificationState.PENDING || state == NotificationState.FAILED) && !notBefore.isAfter(now);
    }

    /** The number the next delivery round gets. */
    public int nextRound() {
        return rounds + 1;
    }

    public Notification delivered(List<DeliveryAttempt> roundAttempts) {
        return next(NotificationState.SENT, notBefore, roundAttempts, null);
    }

    /**
     * A failed round: FAILED with the next round at {@code at + retryAfter}, or DEAD when this was round
     * {@code maxRounds}.
     */
    public Notification failed(List<DeliveryAttempt> roundAttempts, String reason, Instant at, int maxRounds,
                               Duration retryAfter) {
        if (nextRound() >= maxRounds) {
            return dead(roundAttempts, "gave up after " + nextRound() + " delivery round(s); last: " + reason);
        }
        return next(NotificationState.FAILED, at.plus(retryAfter), roundAttempts, reason);
    }

    /** DEAD at once: the channel refused the message itself, so another round would fail the same way. */
    public Notification rejected(List<DeliveryAttempt> roundAttempts, String reason) {
        return dead(roundAttempts, "rejected by the channel: " + reason);
    }

    /** Held back, state unchanged (quiet hours). */
    public Notification postponedUntil(Instant until) {
        return new Notification(id, channel, recipient, templateKey, text, caseNumber, emergency, state, createdAt,
                until, rounds, attempts, failure, version);
    }

    /** HELD instead of PENDING: deliveries are held, and only a release, a re-send or a discard moves it on. */
    public Notification held() {
        return new Notification(id, channel, recipient, templateKey, text, caseNumber, emergency,
                NotificationState.HELD, createdAt, notBefore, rounds, attempts, failure, version);
    }

    /** DISCARDED with who decided it as the reason: kept, never sent unless re-sent. Only a HELD or DEAD one. */
    public Notification discarded(String reason) {
        if (state != NotificationState.HELD && state != NotificationState.DEAD) {
            throw new NotificationNotDiscardableException(id, state);
        }
        return new Notification(id, channel, recipient, templateKey, text, caseNumber, emergency,
                NotificationState.DISCARDED, createdAt, notBefore, rounds, attempts, reason, version);
    }

    /** Back to PENDING with a fresh budget of rounds; the history stays. A delivered notification is never re-sent. */
    public Notification resent(Instant now) {
        if (state == NotificationState.SENT) {
            throw new NotificationAlreadySentException(id);
        }
        return new Notification(id, channel, recipient, templateKey, text, caseNumber, emergency,
                NotificationState.PENDING, createdAt, now, 0, attempts, failure, version);
    }

    private Notification dead(List<DeliveryAttempt> roundAttempts, String reason) {
        return next(NotificationState.DEAD, notBefore, roundAttempts, reason);
    }

    private Notification next(NotificationState nextState, Instant nextNotBefore, List<DeliveryAttempt> roundAttempts,
                              String reason) {
        List<DeliveryAttempt> history = new ArrayList<>(attempts);
        history.addAll(roundAttempts);
        return new Notification(id, channel, recipient, templateKey, text, caseNumber, emergency, nextState, createdAt,
                nextNotBefore, rounds + 1, history, reason, version);
    }
}
