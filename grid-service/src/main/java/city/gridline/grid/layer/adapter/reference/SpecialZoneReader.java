package city.gridline.grid.layer.adapter.reference;

import city.gridline.grid.layer.adapter.geojson.GeoJsonGeometry;
import city.gridline.grid.layer.adapter.geojson.ZoneFeatures;
import city.gridline.grid.layer.domain.SpecialZone;
import city.gridline.grid.layer.domain.SpecialZones;
import city.gridline.grid.layer.domain.ZoneDraft;
import city.gridline.grid.layer.domain.ZoneProblem;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads bundled special zones from a GeoJSON FeatureCollection in the shape of {@link ZoneFeatures}. A feature
 * {@code id}, where given, must equal its code. Unlike a district outline, an invalid zone is rejected rather
 * than repaired: zones are drawn by hand, so a bad one is a mistake to fix in the file.
 */
public final class SpecialZoneReader {

    private SpecialZoneReader() {
    }

    /** The zones in a GeoJSON resource on the classpath, e.g. {@code /reference/chaoyang-special-zones.geojson}. */
    public static SpecialZones fromClasspath(String resource) {
        return BundledReferenceData.read(resource, SpecialZoneReader::read);
    }

    public static SpecialZones read(InputStream featureCollection) {
        List<ZoneProblem> problems = new ArrayList<>();
        List<ZoneDraft> drafts = ZoneFeatures.read(GeoJsonGeometry.readFeatureCollection(featureCollection), problems);
        for (ZoneDraft draft : drafts) {
            requirePresent("code", draft.code(), draft, problems);
            requirePresent("name", draft.name(), draft, problems);
            requirePresent("teamId", draft.teamId(), draft, problems);
            requirePresent("teamName", draft.teamName(), draft, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(ZoneProblem::message)
                    .collect(Collectors.joining("; ")));
        }
        return new SpecialZones(drafts.stream()
                .map(draft -> new SpecialZone(draft.code(), draft.name(), draft.area(), draft.teamId(), draft.teamName()))
                .toList());
    }

    private static void requirePresent(String property, String value, ZoneDraft draft, List<ZoneProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new ZoneProblem(ZoneProblem.Kind.MISSING_PROPERTY, draft.code(),
                    "zone feature lacks the property '" + property + "'"));
        }
    }
}
