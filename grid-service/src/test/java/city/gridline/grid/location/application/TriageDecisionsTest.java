package city.gridline.grid.location.application;

import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.Placement;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.grid.layer.ChaoyangDataset;
import city.gridline.grid.layer.adapter.reference.BundledReferenceData;
import city.gridline.grid.layer.application.CurrentLayer;
import city.gridline.grid.layer.application.NoLayerInForceException;
import city.gridline.grid.location.ReceivedReportFixture;
import city.gridline.grid.location.application.TriageItem.Resolution;
import city.gridline.servicekit.security.AreaScope;
import city.gridline.servicekit.security.GridlineCaller;
import city.gridline.servicekit.security.GridlineRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriageDecisionsTest {

    private static final CurrentLayer CHAOYANG = new CurrentLayer(ChaoyangDataset.layer(),
            BundledReferenceData.specialZones(ChaoyangDataset.DATASET), 30);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final GeoPoint IN_JIANWAI = new GeoPoint(116.455, 39.937, Crs.GCJ02);
    private static final GeoPoint OUTSIDE_CHAOYANG = new GeoPoint(116.30, 39.99, Crs.GCJ02);
    private static final GridlineCaller COMMAND_CENTRE = caller("cc-1", GridlineRole.COMMAND_CENTRE, "110105");
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ReportLocating locating = new ReportLocating(() -> Optional.of(CHAOYANG), clock);
    private final InMemoryTriageList triage = new InMemoryTriageList();
    private final List<EventEnvelope<ReportLocation>> published = new ArrayList<>();
    private boolean brokerDown;
    private final TriageDecisions decisions = new TriageDecisions(triage, locating, event -> {
        if (brokerDown) {
            throw new IllegalStateException("the broker did not take " + event.eventId());
        }
        published.add(event);
    }, clock);

    @Test
    void anUnlocatableReportPlacedAtAPointIsAnnouncedLocatedAndLeavesTheOpenList() {
        TriageItem item = listUnlocatable();

        TriageItem placed = decisions.place(item.reportId(), IN_JIANWAI, COMMAND_CENTRE, TRACE);

        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.aggregateId()).isEqualTo(item.reportId());
            assertThat(event.traceId()).isEqualTo(TRACE);
            assertThat(event.source()).isEqualTo(ReportLocating.SOURCE);
            assertThat(event.data()).isInstanceOfSatisfying(ReportLocated.class, located -> {
                assertThat(located.reportId()).isEqualTo(item.reportId());
                assertThat(located.report()).isEqualTo(item.report());
                assertThat(located.placement()).isEqualTo(Placement.POINT);
                assertThat(located.cell().district().code()).isEqualTo("110105");
            });
        });
        assertThat(placed.placement().located()).isEqualTo(published.get(0).data());
        assertThat(placed.placement().placedBy()).isEqualTo("cc-1");
        assertThat(placed.resolution()).isEqualTo(new Resolution(Resolution.Outcome.PLACED, "cc-1", NOW));
        assertThat(triage.items.get(item.reportId())).isEqualTo(placed);
        assertThat(triage.newest(50).collectList().block()).isEmpty();
    }

    @Test
    void aPlacedPointIsLocatedExactlyAsAReceivedReportsPointIs() {
        TriageItem item = listUnlocatable();
        GeoPoint deviceGps = new GeoPoint(116.4600, 39.9120, Crs.WGS84);
        ReportLocated received = (ReportLocated) locating.locate(receivedAt(item.reportId(), deviceGps)).data();

        decisions.place(item.reportId(), deviceGps, COMMAND_CENTRE, TRACE);

        ReportLocated placed = (ReportLocated) published.get(0).data();
        assertThat(placed.point().crs()).isEqualTo(Crs.GCJ02);
        assertThat(placed).usingRecursiveComparison().ignoringFields("report").isEqualTo(received);
    }

    @Test
    void aPointOutsideEveryCellIsRefusedAndNothingIsRecordedOrAnnounced() {
        TriageItem item = listUnlocatable();

        assertThatThrownBy(() -> decisions.place(item.reportId(), OUTSIDE_CHAOYANG, COMMAND_CENTRE, TRACE))
                .isInstanceOf(PointOutsideLayerException.class)
                .hasMessageContaining("outside every cell of grid layer " + CHAOYANG.version());

        assertThat(triage.items.get(item.reportId())).isEqualTo(item);
        assertThat(published).isEmpty();
    }

    @Test
    void aPlacementOutsideTheCallersAreasIsRefusedAndNothingIsRecordedOrAnnounced() {
        TriageItem item = listUnlocatable();
        GridlineCaller haidian = caller("ga-haidian", GridlineRole.GRID_ADMINISTRATOR, "110108");

        assertThatThrownBy(() -> decisions.place(item.reportId(), IN_JIANWAI, haidian, TRACE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("outside your areas");

        assertThat(triage.items.get(item.reportId())).isEqualTo(item);
        assertThat(published).isEmpty();
    }

    @Test
    void aPlacementTheBrokerDidNotTakeStaysOpenAndTheNextCallAnnouncesTheSameEvent() {
        TriageItem item = listUnlocatable();
        brokerDown = true;

        assertThatThrownBy(() -> decisions.place(item.reportId(), IN_JIANWAI, COMMAND_CENTRE, TRACE))
                .isInstanceOf(IllegalStateException.class);
        TriageItem pending = triage.items.get(item.reportId());
        assertThat(pending.placement()).isNotNull();
        assertThat(pending.resolution()).as("not closed before it is announced").isNull();
        assertThat(triage.newest(50).collectList().block()).extracting(TriageItem::reportId)
                .containsExactly(item.reportId());

        brokerDown = false;
        GeoPoint elsewhere = new GeoPoint(116.48, 39.99, Crs.GCJ02);
        assertThatThrownBy(() -> decisions.place(item.reportId(), elsewhere, COMMAND_CENTRE, "another-trace"))
                .as("another point than the one recorded").isInstanceOf(PlacementPendingException.class)
                .hasMessageContaining("cell " + pending.placement().located().cell().code());
        assertThat(published).isEmpty();
        TriageItem placed = decisions.place(item.reportId(), IN_JIANWAI, COMMAND_CENTRE, "another-trace");

        assertThat(published).singleElement().isEqualTo(pending.placement().event());
        assertThat(published.get(0).eventId()).isEqualTo(pending.placement().eventId());
        assertThat(placed.placement()).isEqualTo(pending.placement());
        assertThat(placed.resolution().outcome()).isEqualTo(Resolution.Outcome.PLACED);
    }

    @Test
    void ofTwoPeoplePlacingAtOnceTheFirstPlacementRecordedIsTheReportsAndTheOtherIsTold() {
        TriageItem item = listUnlocatable();
        triage.beforeRecording = () -> {
            triage.beforeRecording = () -> { };
            ReportLocated first = (ReportLocated) locating.locateAt(item.reportId(), item.report(),
                    new GeoPoint(116.48, 39.99, Crs.GCJ02));
            triage.recordPlacement(item.reportId(), new ManualPlacement("e-first", TRACE, "ga-1", NOW, first))
                    .block();
        };

        assertThatThrownBy(() -> decisions.place(item.reportId(), IN_JIANWAI, COMMAND_CENTRE, TRACE))
                .as("told where the other placed it").isInstanceOf(PlacementPendingException.class)
                .hasMessageContaining("by ga-1");
        assertThat(triage.items.get(item.reportId()).placement().placedBy()).isEqualTo("ga-1");
        assertThat(published).as("the first call announces its own").isEmpty();
    }

    @Test
    void aCallThatFindsTheItemClosedWithTheVeryPlacementItAnnouncedAnswersIt() {
        TriageItem item = listUnlocatable();
        triage.beforeClosing = () -> {
            triage.beforeClosing = () -> { };
            triage.close(item.reportId(), new Resolution(Resolution.Outcome.PLACED, "cc-1", NOW)).block();
        };

        TriageItem placed = decisions.place(item.reportId(), IN_JIANWAI, COMMAND_CENTRE, TRACE);

        assertThat(placed).isEqualTo(triage.items.get(item.reportId()));
        assertThat(placed.resolution()).isNotNull();
        assertThat(published).hasSize(1);
    }

    @Test
    void aReportPlacedOrConfirmedAlreadyIsAConflict() {
        TriageItem unlocatable = listUnlocatable();
        TriageItem community = listCommunityPlacement();
        decisions.place(unlocatable.reportId(), IN_JIANWAI, COMMAND_CENTRE, TRACE);
        decisions.confirm(community.reportId(), COMMAND_CENTRE);

        assertThatThrownBy(() -> decisions.place(unlocatable.reportId(), new GeoPoint(116.48, 39.99, Crs.GCJ02),
                COMMAND_CENTRE, TRACE))
                .isInstanceOf(TriageItemClosedException.class)
                .hasMessageContaining("was placed in cell").hasMessageContaining("by cc-1");
        assertThat(decisions.place(unlocatable.reportId(), IN_JIANWAI, COMMAND_CENTRE, TRACE))
                .as("the same call again, its answer lost").isEqualTo(triage.items.get(unlocatable.reportId()));
        assertThatThrownBy(() -> decisions.confirm(community.reportId(), COMMAND_CENTRE))
                .isInstanceOf(TriageItemClosedException.class)
                .hasMessageContaining("was confirmed in cell 110105001024000");
        assertThat(published).hasSize(1);
    }

    @Test
    void aReportPlacedFromItsAddressIsConfirmedNotPlaced() {
        TriageItem item = listCommunityPlacement();

        assertThatThrownBy(() -> decisions.place(item.reportId(), IN_JIANWAI, COMMAND_CENTRE, TRACE))
                .isInstanceOf(WrongTriageActionException.class)
                .hasMessageContaining("its case is open").hasMessageContaining("re-dispatch the case in dispatch");
        TriageItem confirmed = decisions.confirm(item.reportId(), COMMAND_CENTRE);

        assertThat(confirmed.resolution()).isEqualTo(new Resolution(Resolution.Outcome.CONFIRMED, "cc-1", NOW));
        assertThat(confirmed.placement()).isNull();
        assertThat(triage.newest(50).collectList().block()).isEmpty();
        assertThat(published).as("the case is open already: nothing to announce").isEmpty();
    }

    @Test
    void aCommunityPlacementIsConfirmedOnlyWithinTheCallersAreas() {
        TriageItem item = listCommunityPlacement();

        assertThatThrownBy(() -> decisions.confirm(item.reportId(),
                caller("cc-haidian", GridlineRole.COMMAND_CENTRE, "110108")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(decisions.confirm(item.reportId(), caller("cc-jianwai", GridlineRole.COMMAND_CENTRE,
                "110105001")).resolution().by()).isEqualTo("cc-jianwai");
    }

    @Test
    void anUnlocatableReportHasNoPlacementToConfirm() {
        TriageItem item = listUnlocatable();

        assertThatThrownBy(() -> decisions.confirm(item.reportId(), COMMAND_CENTRE))
                .isInstanceOf(WrongTriageActionException.class)
                .hasMessageContaining("place it at a point");
        assertThat(triage.items.get(item.reportId())).isEqualTo(item);
    }

    @Test
    void aReportNotOnTheListIsNotFound() {
        assertThatThrownBy(() -> decisions.place("no-such-report", IN_JIANWAI, COMMAND_CENTRE, TRACE))
                .isInstanceOf(TriageItemNotFoundException.class);
        assertThatThrownBy(() -> decisions.confirm("no-such-report", COMMAND_CENTRE))
                .isInstanceOf(TriageItemNotFoundException.class);
    }

    @Test
    void withNoLayerInForceNothingCanBePlaced() {
        TriageItem item = listUnlocatable();
        TriageDecisions withoutLayer = new TriageDecisions(triage, new ReportLocating(Optional::empty, clock),
                published::add, clock);

        assertThatThrownBy(() -> withoutLayer.place(item.reportId(), IN_JIANWAI, COMMAND_CENTRE, TRACE))
                .isInstanceOf(NoLayerInForceException.class);
        assertThat(published).isEmpty();
    }

    /** An address-only report naming no community, put on the list the way the received report's listener does. */
    private TriageItem listUnlocatable() {
        return list(ReceivedReportFixture.anAddressOnlyReport(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "朝阳区建外街道某处路边"), TriageItem.Kind.UNLOCATABLE);
    }

    private TriageItem listCommunityPlacement() {
        return list(ReceivedReportFixture.anAddressOnlyReport(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "朝阳区南郎家园小区3号楼东侧"), TriageItem.Kind.CONFIRM_PLACEMENT);
    }

    @SuppressWarnings("unchecked")
    private TriageItem list(byte[] received, TriageItem.Kind kind) {
        EventEnvelope<ReportLocation> outcome = locating.locate(
                (EventEnvelope<ReportReceived>) new EventCodec().decode(received));
        TriageItem item = TriageItem.of(outcome.data(), NOW.minusSeconds(60)).orElseThrow();
        assertThat(item.kind()).isEqualTo(kind);
        triage.add(item).block();
        return item;
    }

    @SuppressWarnings("unchecked")
    private static EventEnvelope<ReportReceived> receivedAt(String reportId, GeoPoint point) {
        return (EventEnvelope<ReportReceived>) new EventCodec().decode(ReceivedReportFixture.aReceivedReport(
                reportId, UUID.randomUUID().toString(), point.lon(), point.lat(), point.crs().name()));
    }

    private static GridlineCaller caller(String id, GridlineRole role, String area) {
        return new GridlineCaller(id, Set.of(role), AreaScope.of(List.of(area)), null);
    }
}
