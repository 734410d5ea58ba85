package city.gridline.contracts.event;

/**
 * A transition of a case, on {@code cases.events}, keyed by case number. Every transition says who made it
 * ({@code actor}) and when.
 */
public sealed interface CaseEvent extends GridlineEvent permits CaseOpened, CaseDispatched, CaseTransferred,
        CaseAccepted, CaseChased, CaseCheckedIn, CaseResolved, CaseVerified, CaseClosed, CaseReturned,
        CaseExtensionRequested, CaseExtensionDecided, CaseBacklogged, CaseCancelled, CaseMerged, CaseEscalated,
        CaseReopened {

    String caseNumber();

    String reportId();

    String actor();

    @Override
    default String aggregateId() {
        return caseNumber();
    }
}
