package city.gridline.contracts.event;

/**
 * What notification-service publishes on {@code notifications.events}, keyed by case number: the deadline's
 * transitions and the results of call-backs.
 */
public sealed interface NotificationEvent extends GridlineEvent permits DeadlineEvent, CallbackRecorded {

    String caseNumber();

    @Override
    default String aggregateId() {
        return caseNumber();
    }
}
