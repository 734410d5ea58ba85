package city.gridline.notification.register.domain;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.event.CaseAccepted;
import city.gridline.contracts.event.CaseBacklogged;
import city.gridline.contracts.event.CaseCancelled;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseMerged;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.contracts.event.CaseReturned;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.CaseVerified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What notification knows of one case from {@code cases.events}: where it lies, its category and lead team, its
 * status, and when each step happened — what assessment and the citizen's status look-up read. Applying an event
 * gives a new record; an event applied before (same id) changes nothing. {@code version} counts stored changes.
 */
public final class CaseRecord {

    private final String caseNumber;
    private String reportId;
    private Place place;
    private String categoryCode;
    private TeamRef leadTeam;
    private CaseStatus status;
    private String transferredTo;
    private String mergedInto;
    private Instant openedAt;
    private List<Dispatch> dispatches;
    private Instant acceptedAt;
    private Instant resolvedAt;
    private List<Verification> verifications;
    private Instant closedAt;
    private List<Instant> returns;
    private Instant transferredAt;
    private Instant cancelledAt;
    private Instant mergedAt;
    private List<Instant> reopenings;
    private List<String> appliedEvents;
    private final long version;

    @SuppressWarnings("java:S107") // the stored form of every field, used by the store adapter only
    public CaseRecord(String caseNumber, String reportId, Place place, String categoryCode, TeamRef leadTeam,
                      CaseStatus status, String transferredTo, String mergedInto, Instant openedAt,
                      List<Dispatch> dispatches, Instant acceptedAt, Instant resolvedAt,
                      List<Verification> verifications, Instant closedAt, List<Instant> returns,
                      Instant transferredAt, Instant cancelledAt, Instant mergedAt, List<Instant> reopenings,
                      List<String> appliedEvents, long version) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.reportId = reportId;
        this.place = place;
        this.categoryCode = categoryCode;
        this.leadTeam = leadTeam;
        this.status = Objects.requireNonNull(status, "status");
        this.transferredTo = transferredTo;
        this.mergedInto = mergedInto;
        this.openedAt = openedAt;
        this.dispatches = List.copyOf(dispatches);
        this.acceptedAt = acceptedAt;
        this.resolvedAt = resolvedAt;
        this.verifications = List.copyOf(verifications);
        this.closedAt = closedAt;
        this.returns = List.copyOf(returns);
        this.transferredAt = transferredAt;
        this.cancelledAt = cancelledAt;
        this.mergedAt = mergedAt;
        this.reopenings = List.copyOf(reopenings);
        this.appliedEvents = List.copyOf(appliedEvents);
        this.version = version;
    }

    /** A case the register has not seen yet: an event other than its opening may come first after a reset. */
    public static CaseRecord unseen(String caseNumber) {
        return new CaseRecord(caseNumber, null, null, null, null, CaseStatus.OPENED, null, null, null, List.of(), null,
                null, List.of(), null, List.of(), null, null, null, List.of(), List.of(), 0);
    }

    public boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    /** The record after the event; the very same record when the event was applied before. */
    public CaseRecord apply(String eventId, CaseEvent event) {
        if (hasApplied(eventId)) {
            return this;
        }
        CaseRecord next = copy();
        next.reportId = event.reportId();
        next.applyStep(event);
        List<String> applied = new ArrayList<>(appliedEvents);
        applied.add(eventId);
        next.appliedEvents = List.copyOf(applied);
        return next;
    }

    @SuppressWarnings("java:S3776") // one branch per step of the lifecycle reads best as a flat list
    private void applyStep(CaseEvent event) {
        if (event instanceof CaseOpened opened) {
            place = Place.of(opened.cell());
            categoryCode = opened.categoryCode();
            openedAt = opened.openedAt();
            leadTeam = leadTeam != null ? leadTeam : opened.residentTeam();
        } else if (event instanceof CaseDispatched dispatched) {
            dispatches = appended(dispatches, new Dispatch(dispatched.team(), dispatched.dispatchedAt(), dispatched.signBy()));
            leadTeam = dispatched.team();
            categoryCode = dispatched.categoryCode() != null ? dispatched.categoryCode() : categoryCode;
            acceptedAt = null;
            status = running(CaseStatus.DISPATCHED);
        } else if (event instanceof CaseAccepted accepted) {
            acceptedAt = accepted.acceptedAt();
            status = running(CaseStatus.ACCEPTED);
        } else if (event instanceof CaseResolved resolved) {
            resolvedAt = resolved.resolvedAt();
            status = running(CaseStatus.RESOLVED);
        } else if (event instanceof CaseVerified verified) {
            verifications = appended(verifications, new Verification(verified.verifiedAt(), verified.passed()));
            status = verified.passed() ? status : running(CaseStatus.REWORK);
        } else if (event instanceof CaseReturned returned) {
            returns = appended(returns, returned.returnedAt());
            status = running(CaseStatus.RETURNED);
        } else if (event instanceof CaseBacklogged) {
            status = running(CaseStatus.BACKLOGGED);
        } else if (event instanceof CaseClosed closed) {
            closedAt = closed.closedAt();
            status = CaseStatus.CLOSED;
        } else if (event instanceof CaseTransferred transferred) {
            transferredAt = transferred.transferredAt();
            transferredTo = transferred.department();
            categoryCode = transferred.categoryCode();
            status = CaseStatus.TRANSFERRED;
        } else if (event instanceof CaseCancelled cancelled) {
            cancelledAt = cancelled.cancelledAt();
            status = CaseStatus.CANCELLED;
        } else if (event instanceof CaseMerged merged) {
            mergedAt = merged.mergedAt();
            mergedInto = merged.intoCaseNumber();
            status = CaseStatus.MERGED;
        } else if (event instanceof CaseReopened reopened) {
            // The one step that leaves an end: a closed case back with its team after an unsatisfied call-back.
            reopenings = appended(reopenings, reopened.reopenedAt());
            leadTeam = reopened.team();
            closedAt = null;
            resolvedAt = null;
            status = status == CaseStatus.CLOSED ? CaseStatus.REWORK : status;
        }
        // Chased, checked in, extension requested or decided, escalated: the status and the register's times stay.
    }

    /** A case that reached its end stays there, whatever late step follows. */
    private CaseStatus running(CaseStatus next) {
        return status.isFinal() ? status : next;
    }

    public Optional<Instant> firstDispatchedAt() {
        return dispatches.isEmpty() ? Optional.empty() : Optional.of(dispatches.get(0).at());
    }

    public Optional<Dispatch> dispatchInForce() {
        return dispatches.isEmpty() ? Optional.empty() : Optional.of(dispatches.get(dispatches.size() - 1));
    }

    /** Whether the team in force signed for the task by its sign-by time (any time, when none was set). */
    public boolean signedInTime() {
        return acceptedAt != null && dispatchInForce()
                .map(dispatch -> dispatch.signBy() == null || !acceptedAt.isAfter(dispatch.signBy()))
                .orElse(false);
    }

    public long failedVerifications() {
        return verifications.stream().filter(verification -> !verification.passed()).count();
    }

    private CaseRecord copy() {
        return new CaseRecord(caseNumber, reportId, place, categoryCode, leadTeam, status, transferredTo, mergedInto,
                openedAt, dispatches, acceptedAt, resolvedAt, verifications, closedAt, returns, transferredAt,
                cancelledAt, mergedAt, reopenings, appliedEvents, version);
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return List.copyOf(longer);
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String reportId() {
        return reportId;
    }

    public Place place() {
        return place;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public TeamRef leadTeam() {
        return leadTeam;
    }

    public CaseStatus status() {
        return status;
    }

    public String transferredTo() {
        return transferredTo;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<Dispatch> dispatches() {
        return dispatches;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public List<Verification> verifications() {
        return verifications;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<Instant> returns() {
        return returns;
    }

    public Instant transferredAt() {
        return transferredAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant mergedAt() {
        return mergedAt;
    }

    /** When an unsatisfied call-back reopened the closed case (重办), oldest first. */
    public List<Instant> reopenings() {
        return reopenings;
    }

    public List<String> appliedEvents() {
        return appliedEvents;
    }

    public long version() {
        return version;
    }
}
