package city.gridline.grid.location.application;

import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportUnlocatable;
import city.gridline.grid.location.application.TriageItem.Resolution;
import city.gridline.grid.security.LayerAreas;
import city.gridline.servicekit.security.GridlineCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a person does about a report on the triage list: places an unlocatable report at a point, which is located
 * as a received report's point is and announced as located, so that dispatch opens its case; or confirms the
 * community a report was placed in from its address. Only within the caller's areas. Blocks on the store and the
 * broker.
 *
 * <p>A placement is recorded on the item, then published, then the item is closed. A failure in between (the
 * broker refusing, a crash) leaves the item open with its placement: the next call at that point publishes that same
 * event again — same id, same content — and closes the item; a call at another point is refused (409) and told the
 * point recorded. So no item is closed whose event was not published, and consumers, which take the report id as
 * their key, see one placement however often it is sent. The same call again after its answer was lost (same
 * caller, same point) is answered with the item as it closed.
 */
public class TriageDecisions {

    private static final Logger log = LoggerFactory.getLogger(TriageDecisions.class);

    private final TriageList triage;
    private final ReportLocating locating;
    private final Consumer<EventEnvelope<ReportLocation>> publisher;
    private final Clock clock;

    public TriageDecisions(TriageList triage, ReportLocating locating,
                           Consumer<EventEnvelope<ReportLocation>> publisher, Clock clock) {
        this.triage = triage;
        this.locating = locating;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Places an unlocatable report at the point and announces it located; the item as it is then, closed. */
    public TriageItem place(String reportId, GeoPoint point, GridlineCaller caller, String traceId) {
        TriageItem item = find(reportId);
        if (item.resolution() != null) {
            if (placedThereBy(item, point, caller)) {
                // the same call again, its answer lost: it was done
                return item;
            }
            throw closed(item);
        }
        if (item.kind() != TriageItem.Kind.UNLOCATABLE) {
            throw new WrongTriageActionException("Report " + reportId + " was placed from its address in cell "
                    + item.proposedCell() + " and its case is open: confirm the community here (POST /api/v1/triage/"
                    + reportId + "/confirmation), or re-dispatch the case in dispatch to move it.");
        }
        TriageItem placing = item.placement() == null ? recordPlacement(item, point, caller, traceId) : item;
        if (!placedThereBy(placing, point, null)) {
            throw pending(placing);
        }
        ManualPlacement placement = placing.placement();
        // a placement an earlier call recorded (its publication failed) is announced only within this caller's areas
        LayerAreas.requireAll(caller, List.of(placement.located().cell().code()));
        publisher.accept(placement.event());
        TriageItem placed = close(placing, new Resolution(Resolution.Outcome.PLACED, placement.placedBy(), now()));
        log.atInfo().addKeyValue("reportId", reportId).addKeyValue("cell", placement.located().cell().code())
                .addKeyValue("by", placement.placedBy()).log("unlocatable report placed by hand");
        return placed;
    }

    /** Whether the item's placement is at the point (as the layer counts it) and, unless null, by the caller. */
    private static boolean placedThereBy(TriageItem item, GeoPoint point, GridlineCaller caller) {
        ManualPlacement placement = item.placement();
        return placement != null && placement.located().point().equals(ReportLocating.inLayerCrs(point))
                && (caller == null || placement.placedBy().equals(caller.id()));
    }

    /** Records that the caller confirmed the community of a report placed from its address. */
    public TriageItem confirm(String reportId, GridlineCaller caller) {
        TriageItem item = openItem(reportId);
        if (item.kind() != TriageItem.Kind.CONFIRM_PLACEMENT) {
            throw new WrongTriageActionException("Report " + reportId + " could not be placed, so there is no "
                    + "placement to confirm: place it at a point (POST /api/v1/triage/" + reportId + "/placement).");
        }
        LayerAreas.requireAll(caller, List.of(item.proposedCell()));
        TriageItem confirmed = close(item, new Resolution(Resolution.Outcome.CONFIRMED, caller.id(), now()));
        log.atInfo().addKeyValue("reportId", reportId).addKeyValue("cell", item.proposedCell())
                .addKeyValue("by", caller.id()).log("address placement confirmed");
        return confirmed;
    }

    /** Locates the point, checks the caller may act there and records the placement; the item as it is then. */
    private TriageItem recordPlacement(TriageItem item, GeoPoint point, GridlineCaller caller, String traceId) {
        ReportLocation outcome = locating.locateAt(item.reportId(), item.report(), point);
        if (outcome instanceof ReportUnlocatable outside) {
            throw new PointOutsideLayerException("The report cannot be placed there: " + outside.reason() + ".");
        }
        ReportLocated located = (ReportLocated) outcome;
        LayerAreas.requireAll(caller, List.of(located.cell().code()));
        // one item per report, so the event id is fixed per item
        ManualPlacement placement = new ManualPlacement(
                EventEnvelope.derivedEventId(item.reportId(), "triage-placement"), traceId, caller.id(), now(),
                located);
        if (Boolean.TRUE.equals(triage.recordPlacement(item.reportId(), placement).block())) {
            return item.withPlacement(placement);
        }
        // someone else's placement was recorded in between: that one is the report's
        return openItem(item.reportId());
    }

    private TriageItem close(TriageItem item, Resolution resolution) {
        if (Boolean.TRUE.equals(triage.close(item.reportId(), resolution).block())) {
            return item.withResolution(resolution);
        }
        TriageItem closed = find(item.reportId());
        // two calls announcing one placement at once (two people, or a retry): the one that lost the close is done too
        if (item.placement() != null && item.placement().equals(closed.placement())) {
            return closed;
        }
        throw closed(closed);
    }

    /** To the millisecond, as the store keeps it: a placement read back publishes the very event first sent. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private TriageItem openItem(String reportId) {
        TriageItem item = find(reportId);
        if (item.resolution() != null) {
            throw closed(item);
        }
        return item;
    }

    private TriageItem find(String reportId) {
        return triage.find(reportId).blockOptional()
                .orElseThrow(() -> new TriageItemNotFoundException(reportId));
    }

    /** Another placement of the report was recorded first (its call may have failed to announce it). */
    private static PlacementPendingException pending(TriageItem item) {
        ManualPlacement placement = item.placement();
        GeoPoint at = placement.located().point();
        return new PlacementPendingException("Report " + item.reportId() + " was placed at " + at.lon() + ", "
                + at.lat() + " (GCJ-02, cell " + placement.located().cell().code() + ") by " + placement.placedBy()
                + " at " + placement.placedAt() + ", and that placement is being announced: send that point to "
                + "finish it, and re-dispatch the case in dispatch if it is wrong.");
    }

    private static TriageItemClosedException closed(TriageItem item) {
        Resolution resolution = item.resolution();
        String done = resolution.outcome() == Resolution.Outcome.PLACED
                ? "placed in cell " + item.placement().located().cell().code()
                : "confirmed in cell " + item.proposedCell();
        return new TriageItemClosedException("Report " + item.reportId() + " was " + done + " by " + resolution.by()
                + " at " + resolution.at() + ".");
    }
}
