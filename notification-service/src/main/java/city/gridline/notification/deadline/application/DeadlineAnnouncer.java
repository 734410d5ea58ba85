package city.gridline.notification.deadline.application;

import city.gridline.contracts.event.DeadlineEscalated;
import city.gridline.contracts.event.DeadlineEvent;
import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.DeadlineWarning;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.events.application.NotificationEventPublisher;
import reactor.core.publisher.Mono;

/**
 * Carries out a claimed deadline step: publishes its event on {@code notifications.events}, has whoever must act told
 * ({@link DeadlineAlerts}), then takes the step out of the deadline's outbox. Each part is idempotent on the event id
 * (consumers know the id; notification ids derive from it), so a step carried out twice — by the watcher and by the
 * relay after a crash between the two — has the effect of one.
 */
public class DeadlineAnnouncer {

    private final NotificationEventPublisher publisher;
    private final DeadlineAlerts alerts;
    private final DeadlineStore store;

    public DeadlineAnnouncer(NotificationEventPublisher publisher, DeadlineAlerts alerts, DeadlineStore store) {
        this.publisher = publisher;
        this.alerts = alerts;
        this.store = store;
    }

    public Mono<Void> announce(EventEnvelope<? extends DeadlineEvent> event) {
        return publisher.publish(event)
                .then(Mono.defer(() -> alert(event)))
                .then(Mono.defer(() -> store.announced(event.aggregateId(), event.eventId())));
    }

    private Mono<Void> alert(EventEnvelope<? extends DeadlineEvent> event) {
        DeadlineEvent step = event.data();
        if (step instanceof DeadlineWarning warning) {
            return alerts.warnTeam(event.eventId(), warning);
        }
        if (step instanceof DeadlineOverdue overdue) {
            return alerts.tellTeamOverdue(event.eventId(), overdue);
        }
        if (step instanceof DeadlineEscalated escalated) {
            return alerts.tellCommandCentre(event.eventId(), escalated);
        }
        return Mono.error(new IllegalArgumentException("no alert for " + event.type()));
    }
}
