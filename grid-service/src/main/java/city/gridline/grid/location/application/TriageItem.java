package city.gridline.grid.location.application;

import city.gridline.contracts.ReportSummary;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportUnlocatable;

import java.time.Instant;
import java.util.Optional;

/** One report waiting for a person, and why. */
public record TriageItem(String reportId, Kind kind, String reason, String proposedCell, ReportSummary report,
                         Instant since) {

    public enum Kind {
        /** No cell was found: a person must place the report. */
        UNLOCATABLE,
        /** Placed from the address only: a person must confirm the community. */
        CONFIRM_PLACEMENT
    }

    /** The triage item an outcome calls for, if any. */
    public static Optional<TriageItem> of(ReportLocation outcome, Instant now) {
        if (outcome instanceof ReportUnlocatable unlocatable) {
            return Optional.of(new TriageItem(unlocatable.reportId(), Kind.UNLOCATABLE, unlocatable.reason(), null,
                    unlocatable.report(), now));
        }
        if (outcome instanceof ReportLocated located && located.needsConfirmation()) {
            return Optional.of(new TriageItem(located.reportId(), Kind.CONFIRM_PLACEMENT,
                    "placed from its address in " + located.cell().community().name() + "; confirm on a map",
                    located.cell().code(), located.report(), now));
        }
        return Optional.empty();
    }
}
