package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ZoneValidatorTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final double TOLERANCE = 1e-10;
    private final ZoneValidator validator = new ZoneValidator(box(0, 0, 10, 10), TOLERANCE);

    @Test
    void acceptsZonesInsideTheDistrictThatShareABorderAtMost() {
        ZoneValidator.Outcome outcome = validator.validate(List.of(zone("ZONE-B", box(2, 0, 3, 1)),
                zone("ZONE-A", box(1, 0, 2, 1)), zone("ZONE-EDGE", box(9, 9, 10, 10))));

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.zones().zones()).extracting(SpecialZone::code)
                .containsExactly("ZONE-A", "ZONE-B", "ZONE-EDGE");
        assertThat(outcome.zones().zoneAt(2, 0.5)).map(SpecialZone::code).hasValue("ZONE-A");
    }

    @Test
    void acceptsAZoneStrayingOutsideTheDistrictByNoMoreThanTheTolerance() {
        Geometry sliver = box(9, 9, 10 + 0.5e-10, 10);

        assertThat(validator.validate(List.of(zone("ZONE-A", sliver))).accepted()).isTrue();
        assertThat(validator.validate(List.of(zone("ZONE-A", box(9, 9, 10 + 1e-6, 10)))).problems())
                .extracting(ZoneProblem::kind).containsExactly(ZoneProblem.Kind.OUTSIDE_DISTRICT);
    }

    @Test
    void listsEveryProblemOfTheWholeSet() {
        Geometry bowTie = FACTORY.createPolygon(new Coordinate[] {new Coordinate(5, 5), new Coordinate(6, 6),
            new Coordinate(6, 5), new Coordinate(5, 6), new Coordinate(5, 5)});
        ZoneValidator.Outcome outcome = validator.validate(List.of(
                zone("ZONE-A", box(0, 0, 2, 2)),
                zone("ZONE-B", box(1, 1, 3, 3)),
                zone("ZONE-A", box(7, 7, 8, 8)),
                new ZoneDraft("ZONE-NOTEAM", "无队", box(4, 0, 5, 1), null, " "),
                zone("ZONE-BOWTIE", bowTie),
                zone("ZONE-OUT", box(9, 9, 11, 11)),
                zone("ZONE-POINT", FACTORY.createPoint(new Coordinate(4, 4)))));

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.zones()).isNull();
        assertThat(outcome.problems()).extracting(ZoneProblem::kind, ZoneProblem::zoneCode).containsExactlyInAnyOrder(
                tuple(ZoneProblem.Kind.DUPLICATE_CODE, "ZONE-A"),
                tuple(ZoneProblem.Kind.MISSING_PROPERTY, "ZONE-NOTEAM"),
                tuple(ZoneProblem.Kind.INVALID_GEOMETRY, "ZONE-BOWTIE"),
                tuple(ZoneProblem.Kind.OUTSIDE_DISTRICT, "ZONE-OUT"),
                tuple(ZoneProblem.Kind.INVALID_GEOMETRY, "ZONE-POINT"),
                tuple(ZoneProblem.Kind.OVERLAP, "ZONE-A"));
        assertThat(outcome.problems()).filteredOn(problem -> problem.kind() == ZoneProblem.Kind.MISSING_PROPERTY)
                .singleElement().extracting(ZoneProblem::message).asString().contains("teamId, teamName");
        assertThat(outcome.problems()).filteredOn(problem -> problem.kind() == ZoneProblem.Kind.OVERLAP)
                .singleElement().extracting(ZoneProblem::message).asString().contains("ZONE-A and ZONE-B");
    }

    @Test
    void rejectsAFileWithoutZones() {
        assertThat(validator.validate(List.of()).problems()).extracting(ZoneProblem::kind)
                .containsExactly(ZoneProblem.Kind.MALFORMED_FEATURE);
    }

    private static ZoneDraft zone(String code, Geometry area) {
        String suffix = code.substring("ZONE-".length());
        return new ZoneDraft(code, suffix + "区", area, "ZT-" + suffix, suffix + "特殊地区执法队");
    }

    private static Geometry box(double minX, double minY, double maxX, double maxY) {
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(minX, minY), new Coordinate(maxX, minY),
            new Coordinate(maxX, maxY), new Coordinate(minX, maxY), new Coordinate(minX, minY)});
    }
}
