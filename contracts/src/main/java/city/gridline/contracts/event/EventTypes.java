package city.gridline.contracts.event;

import city.gridline.contracts.Topics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every wire type Gridline knows. */
public final class EventTypes {

    public static final EventType<ReportReceived> REPORT_RECEIVED =
            new EventType<>("gridline.report.received", 1, ReportReceived.class, Topics.REPORTS_RECEIVED);
    public static final EventType<ReportLocated> REPORT_LOCATED =
            new EventType<>("gridline.report.located", 1, ReportLocated.class, Topics.REPORTS_LOCATED);
    public static final EventType<ReportUnlocatable> REPORT_UNLOCATABLE =
            new EventType<>("gridline.report.unlocatable", 1, ReportUnlocatable.class, Topics.REPORTS_LOCATED);
    public static final EventType<CaseOpened> CASE_OPENED =
            new EventType<>("gridline.case.opened", 1, CaseOpened.class, Topics.CASES_EVENTS);
    public static final EventType<CaseDispatched> CASE_DISPATCHED =
            new EventType<>("gridline.case.dispatched", 1, CaseDispatched.class, Topics.CASES_EVENTS);

    public static final List<EventType<?>> ALL =
            List.of(REPORT_RECEIVED, REPORT_LOCATED, REPORT_UNLOCATABLE, CASE_OPENED, CASE_DISPATCHED);

    private static final Map<String, EventType<?>> BY_WIRE_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::wireType, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_JAVA_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byWireType(String wireType) {
        return Optional.ofNullable(BY_WIRE_TYPE.get(wireType));
    }

    @SuppressWarnings("unchecked")
    public static <E extends GridlineEvent> EventType<E> of(E event) {
        EventType<?> type = BY_JAVA_TYPE.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("no wire type registered for " + event.getClass().getName());
        }
        return (EventType<E>) type;
    }
}
