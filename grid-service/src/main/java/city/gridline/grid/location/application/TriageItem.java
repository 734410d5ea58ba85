package city.gridline.grid.location.application;

import city.gridline.contracts.ReportSummary;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportUnlocatable;

import java.time.Instant;
import java.util.Optional;

/**
 * One report waiting for a person, and why. {@code placement} is where a person placed an unlocatable report,
 * recorded before it is announced; {@code resolution} closes the item (placed and announced, or confirmed), which
 * takes it off the open list. Both are null on an item no one has acted on, and on items listed before people
 * could act on them.
 */
public record TriageItem(String reportId, Kind kind, String reason, String proposedCell, ReportSummary report,
                         Instant since, ManualPlacement placement, Resolution resolution) {

    public enum Kind {
        /** No cell was found: a person must place the report. */
        UNLOCATABLE,
        /** Placed from the address only: a person must confirm the community. */
        CONFIRM_PLACEMENT
    }

    /** Who closed the item, when, and how. */
    public record Resolution(Outcome outcome, String by, Instant at) {

        public enum Outcome {
            /** Placed by a person at a point and announced as located. */
            PLACED,
            /** The community its address named confirmed by a person. */
            CONFIRMED
        }
    }

    /** The triage item an outcome calls for, if any. */
    public static Optional<TriageItem> of(ReportLocation outcome, Instant now) {
        if (outcome instanceof ReportUnlocatable unlocatable) {
            return Optional.of(new TriageItem(unlocatable.reportId(), Kind.UNLOCATABLE, unlocatable.reason(), null,
                    unlocatable.report(), now, null, null));
        }
        if (outcome instanceof ReportLocated located && located.needsConfirmation()) {
            return Optional.of(new TriageItem(located.reportId(), Kind.CONFIRM_PLACEMENT,
                    "placed from its address in " + located.cell().community().name() + "; confirm on a map",
                    located.cell().code(), located.report(), now, null, null));
        }
        return Optional.empty();
    }

    public TriageItem withPlacement(ManualPlacement madePlacement) {
        return new TriageItem(reportId, kind, reason, proposedCell, report, since, madePlacement, resolution);
    }

    public TriageItem withResolution(Resolution closing) {
        return new TriageItem(reportId, kind, reason, proposedCell, report, since, placement, closing);
    }
}
