package city.gridline.grid.layer.domain;

import city.gridline.grid.layer.ChaoyangDataset;
import city.gridline.grid.layer.adapter.reference.BundledReferenceData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayerValidatorTest {

    private static final GridLayer LAYER = ChaoyangDataset.layer();
    private final LayerValidator validator = new LayerValidator(
            BundledReferenceData.divisions(ChaoyangDataset.DATASET), BundledReferenceData.outline(ChaoyangDataset.DATASET),
            LayerValidator.DEFAULT_AREA_TOLERANCE);

    @Test
    void generatedLayerIsAcceptedCellForCell() {
        LayerValidator.Outcome outcome = validator.validate(draftsOf(LAYER.cells()));

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.cells()).hasSameSizeAs(LAYER.cells());
        assertThat(outcome.cells().get(0).code()).isEqualTo(LAYER.cells().get(0).code());
        assertThat(outcome.cells().get(0).community()).isEqualTo(LAYER.cells().get(0).community());
    }

    @Test
    void brokenLayerIsRejectedWithEveryProblemListed() {
        List<CellDraft> drafts = new ArrayList<>(draftsOf(LAYER.cells()));
        CellDraft inland = drafts.get(drafts.size() / 2);
        CellDraft second = drafts.get(1);
        CellDraft third = drafts.get(2);
        drafts.set(drafts.size() / 2, withGeometry(inland, shifted(inland.geometry(), 0.0005)));
        drafts.set(1, withGeometry(second, bowTie(second.geometry())));
        drafts.set(2, new CellDraft("110105999999001", "110105999999", third.geometry(), 10, 3, null, null));

        LayerValidator.Outcome outcome = validator.validate(drafts);

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.cells()).isEmpty();
        assertThat(outcome.problems()).extracting(LayerProblem::kind)
                .contains(LayerProblem.Kind.OVERLAP, LayerProblem.Kind.INVALID_GEOMETRY,
                        LayerProblem.Kind.UNKNOWN_COMMUNITY, LayerProblem.Kind.GAP);
        assertThat(outcome.problems()).filteredOn(p -> p.kind() == LayerProblem.Kind.INVALID_GEOMETRY)
                .extracting(LayerProblem::cellCode).containsExactly(second.code());
        assertThat(outcome.problems()).filteredOn(p -> p.kind() == LayerProblem.Kind.UNKNOWN_COMMUNITY)
                .extracting(LayerProblem::cellCode).containsExactly("110105999999001");
    }

    @Test
    void codesMustBeUniqueWellFormedAndOfTheirCommunity() {
        List<CellDraft> drafts = new ArrayList<>(draftsOf(LAYER.cells()));
        CellDraft first = drafts.get(0);
        CellDraft last = drafts.get(drafts.size() - 1);
        drafts.set(1, new CellDraft(first.code(), first.communityCode(), drafts.get(1).geometry(), 1, 1, null, null));
        drafts.set(drafts.size() - 1, new CellDraft("12AB", last.communityCode(), last.geometry(), 1, 1, null, null));
        drafts.set(2, new CellDraft(drafts.get(2).code(), last.communityCode(), drafts.get(2).geometry(), -5, 1,
                null, null));

        assertThat(validator.validate(drafts).problems()).extracting(LayerProblem::kind)
                .contains(LayerProblem.Kind.DUPLICATE_CODE, LayerProblem.Kind.BAD_CODE, LayerProblem.Kind.BAD_FIGURES);
    }

    @Test
    void emptyLayerIsRejected() {
        assertThat(validator.validate(List.of()).accepted()).isFalse();
    }

    static List<CellDraft> draftsOf(List<Cell> cells) {
        return cells.stream().map(cell -> new CellDraft(cell.code(), cell.community().code(), cell.geometry(),
                cell.residents(), cell.households(), cell.teamId(), cell.teamName())).toList();
    }

    private static CellDraft withGeometry(CellDraft draft, Geometry geometry) {
        return new CellDraft(draft.code(), draft.communityCode(), geometry, draft.residents(), draft.households(),
                draft.teamId(), draft.teamName());
    }

    private static Geometry shifted(Geometry geometry, double degrees) {
        return AffineTransformation.translationInstance(degrees, degrees).transform(geometry);
    }

    /** A self-intersecting ring over the cell's envelope: not a valid polygon. */
    private static Geometry bowTie(Geometry cell) {
        var envelope = cell.getEnvelopeInternal();
        return new GeometryFactory().createPolygon(new Coordinate[] {
                new Coordinate(envelope.getMinX(), envelope.getMinY()),
                new Coordinate(envelope.getMaxX(), envelope.getMaxY()),
                new Coordinate(envelope.getMaxX(), envelope.getMinY()),
                new Coordinate(envelope.getMinX(), envelope.getMaxY()),
                new Coordinate(envelope.getMinX(), envelope.getMinY())});
    }
}
