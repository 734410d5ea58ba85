package city.gridline.notification.delivery.adapter.web;

import city.gridline.notification.delivery.application.ConcurrentNotificationUpdateException;
import city.gridline.notification.delivery.application.Deliveries;
import city.gridline.notification.delivery.application.NotificationNotFoundException;
import city.gridline.notification.delivery.domain.NotificationAlreadySentException;
import city.gridline.notification.delivery.domain.NotificationNotDiscardableException;
import city.gridline.notification.delivery.domain.NotificationState;
import city.gridline.servicekit.Paging;
import city.gridline.servicekit.Problems;
import city.gridline.servicekit.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
public class NotificationController {

    private static final int MAX_LISTED = 500;

    private final Deliveries deliveries;

    public NotificationController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /**
     * Newest first, {@code limit} (≤ 500) a page, page {@code page} (from 0): e.g. {@code ?state=DEAD} is the
     * dead-letter list, {@code ?state=HELD&page=3} the fourth page of what waits after a restore.
     */
    @GetMapping
    public Mono<NotificationList> list(@RequestParam(required = false) NotificationState state,
                                       @RequestParam(required = false) String caseNumber,
                                       @RequestParam(defaultValue = "100") int limit,
                                       @RequestParam(defaultValue = "0") int page) {
        int size = Math.max(1, Math.min(limit, MAX_LISTED));
        if (Paging.beyondSkipLimit(page, size)) {
            // past any notification there can be
            return Mono.just(new NotificationList(List.of()));
        }
        return deliveries.search(state, caseNumber, Math.max(0, page), size)
                .map(NotificationView::of)
                .collectList()
                .map(NotificationList::new);
    }

    @GetMapping("/{id}")
    public Mono<NotificationView> notification(@PathVariable String id) {
        return deliveries.find(id).map(NotificationView::of);
    }

    /** Queues the notification for a new delivery round with a fresh budget of rounds. */
    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<NotificationView> resend(@PathVariable String id) {
        return deliveries.resend(id).map(NotificationView::of);
    }

    /** Keeps a HELD or DEAD notification from going out; the caller is recorded as why. */
    @PostMapping("/{id}/discard")
    public Mono<NotificationView> discard(@PathVariable String id) {
        return discardedBy().flatMap(reason -> deliveries.discard(id, reason)).map(NotificationView::of);
    }

    /** Queues every HELD notification for delivery (after a restore, once the ones sent before are discarded). */
    @PostMapping("/held/release")
    public Mono<HeldChanged> releaseHeld() {
        return deliveries.releaseHeld().map(HeldChanged::new);
    }

    /** Discards every HELD notification: the replay after a restore would have sent them a second time. */
    @PostMapping("/held/discard")
    public Mono<HeldChanged> discardHeld() {
        return discardedBy().flatMap(deliveries::discardHeld).map(HeldChanged::new);
    }

    private static Mono<String> discardedBy() {
        return Callers.current().map(caller -> "discarded by " + caller.id());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotificationNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "notification-not-found", "Notification not found", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notDiscardable(NotificationNotDiscardableException ex) {
        return Problems.of(HttpStatus.CONFLICT, "notification-not-discardable", "Notification cannot be discarded",
                ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail alreadySent(NotificationAlreadySentException ex) {
        return Problems.of(HttpStatus.CONFLICT, "notification-already-sent", "Notification already sent", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail changedMeanwhile(ConcurrentNotificationUpdateException ex) {
        return Problems.of(HttpStatus.CONFLICT, "notification-changed", "Notification changed meanwhile",
                ex.getMessage() + " Read it again and retry.");
    }

    public record NotificationList(List<NotificationView> notifications) {
    }

    /** How many HELD notifications a bulk release or discard changed. */
    public record HeldChanged(long count) {
    }
}
