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
    public static final EventType<ReporterRegistered> REPORTER_REGISTERED =
            new EventType<>("gridline.report.reporter", 1, ReporterRegistered.class, Topics.REPORTS_REPORTERS);
    public static final EventType<CaseOpened> CASE_OPENED =
            new EventType<>("gridline.case.opened", 1, CaseOpened.class, Topics.CASES_EVENTS);
    public static final EventType<CaseDispatched> CASE_DISPATCHED =
            new EventType<>("gridline.case.dispatched", 1, CaseDispatched.class, Topics.CASES_EVENTS);
    public static final EventType<CaseTransferred> CASE_TRANSFERRED =
            new EventType<>("gridline.case.transferred", 1, CaseTransferred.class, Topics.CASES_EVENTS);
    public static final EventType<CaseAccepted> CASE_ACCEPTED =
            new EventType<>("gridline.case.accepted", 1, CaseAccepted.class, Topics.CASES_EVENTS);
    public static final EventType<CaseChased> CASE_CHASED =
            new EventType<>("gridline.case.chased", 1, CaseChased.class, Topics.CASES_EVENTS);
    public static final EventType<CaseCheckedIn> CASE_CHECKED_IN =
            new EventType<>("gridline.case.checked-in", 1, CaseCheckedIn.class, Topics.CASES_EVENTS);
    public static final EventType<CaseResolved> CASE_RESOLVED =
            new EventType<>("gridline.case.resolved", 1, CaseResolved.class, Topics.CASES_EVENTS);
    public static final EventType<CaseVerified> CASE_VERIFIED =
            new EventType<>("gridline.case.verified", 1, CaseVerified.class, Topics.CASES_EVENTS);
    public static final EventType<CaseClosed> CASE_CLOSED =
            new EventType<>("gridline.case.closed", 1, CaseClosed.class, Topics.CASES_EVENTS);
    public static final EventType<CaseReturned> CASE_RETURNED =
            new EventType<>("gridline.case.returned", 1, CaseReturned.class, Topics.CASES_EVENTS);
    public static final EventType<CaseExtensionRequested> CASE_EXTENSION_REQUESTED =
            new EventType<>("gridline.case.extension-requested", 1, CaseExtensionRequested.class, Topics.CASES_EVENTS);
    public static final EventType<CaseExtensionDecided> CASE_EXTENSION_DECIDED =
            new EventType<>("gridline.case.extension-decided", 1, CaseExtensionDecided.class, Topics.CASES_EVENTS);
    public static final EventType<CaseBacklogged> CASE_BACKLOGGED =
            new EventType<>("gridline.case.backlogged", 1, CaseBacklogged.class, Topics.CASES_EVENTS);
    public static final EventType<CaseCancelled> CASE_CANCELLED =
            new EventType<>("gridline.case.cancelled", 1, CaseCancelled.class, Topics.CASES_EVENTS);
    public static final EventType<CaseMerged> CASE_MERGED =
            new EventType<>("gridline.case.merged", 1, CaseMerged.class, Topics.CASES_EVENTS);
    public static final EventType<CaseEscalated> CASE_ESCALATED =
            new EventType<>("gridline.case.escalated", 1, CaseEscalated.class, Topics.CASES_EVENTS);
    public static final EventType<CaseReopened> CASE_REOPENED =
            new EventType<>("gridline.case.reopened", 1, CaseReopened.class, Topics.CASES_EVENTS);
    public static final EventType<CategoryChanged> CATEGORY_CHANGED =
            new EventType<>("gridline.catalogue.category-changed", 1, CategoryChanged.class, Topics.CATALOGUE_EVENTS);

    public static final EventType<DeadlineWarning> DEADLINE_WARNING =
            new EventType<>("gridline.deadline.warning", 1, DeadlineWarning.class, Topics.NOTIFICATIONS_EVENTS);
    public static final EventType<DeadlineOverdue> DEADLINE_OVERDUE =
            new EventType<>("gridline.deadline.overdue", 1, DeadlineOverdue.class, Topics.NOTIFICATIONS_EVENTS);
    public static final EventType<DeadlineEscalated> DEADLINE_ESCALATED =
            new EventType<>("gridline.deadline.escalated", 1, DeadlineEscalated.class, Topics.NOTIFICATIONS_EVENTS);
    public static final EventType<CallbackRecorded> CALLBACK_RECORDED =
            new EventType<>("gridline.callback.recorded", 1, CallbackRecorded.class, Topics.NOTIFICATIONS_EVENTS);

    public static final EventType<PopulationChanged> POPULATION_CHANGED =
            new EventType<>("gridline.grid.population-changed", 1, PopulationChanged.class, Topics.GRID_POPULATION);
    public static final EventType<TeamRosterChanged> TEAM_ROSTER_CHANGED =
            new EventType<>("gridline.roster.team-changed", 1, TeamRosterChanged.class, Topics.TEAMS_ROSTERS);

    public static final List<EventType<?>> ALL =
            List.of(REPORT_RECEIVED, REPORT_LOCATED, REPORT_UNLOCATABLE, REPORTER_REGISTERED, CASE_OPENED,
                    CASE_DISPATCHED, CASE_TRANSFERRED, CASE_ACCEPTED, CASE_CHASED, CASE_CHECKED_IN, CASE_RESOLVED,
                    CASE_VERIFIED, CASE_CLOSED, CASE_RETURNED, CASE_EXTENSION_REQUESTED, CASE_EXTENSION_DECIDED,
                    CASE_BACKLOGGED, CASE_CANCELLED, CASE_MERGED, CASE_ESCALATED, CASE_REOPENED, CATEGORY_CHANGED,
                    DEADLINE_WARNING, DEADLINE_OVERDUE, DEADLINE_ESCALATED, CALLBACK_RECORDED,
                    POPULATION_CHANGED, TEAM_ROSTER_CHANGED);

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
