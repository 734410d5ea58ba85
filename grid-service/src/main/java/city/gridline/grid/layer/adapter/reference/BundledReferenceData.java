package city.gridline.grid.layer.adapter.reference;

import city.gridline.grid.layer.domain.AdministrativeDivisions;
import city.gridline.grid.layer.domain.District;
import city.gridline.grid.layer.domain.GridLayerRequest;
import city.gridline.grid.layer.domain.GridSettings;
import city.gridline.grid.layer.domain.SpecialZones;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** Reads a reference dataset from the classpath (see {@code reference/PROVENANCE.md}) into a generation request. */
public final class BundledReferenceData {

    private BundledReferenceData() {
    }

    public static GridLayerRequest request(ReferenceDataset dataset, GridSettings settings) {
        return new GridLayerRequest(district(dataset), outline(dataset),
                read(dataset.streets(), AdministrativeDivisionReader::streets),
                read(dataset.communities(), AdministrativeDivisionReader::communities),
                dataset.population(), settings);
    }

    /** The district's official street and community code lists. */
    public static AdministrativeDivisions divisions(ReferenceDataset dataset) {
        return new AdministrativeDivisions(district(dataset),
                read(dataset.streets(), AdministrativeDivisionReader::streets),
                read(dataset.communities(), AdministrativeDivisionReader::communities));
    }

    public static SpecialZones specialZones(ReferenceDataset dataset) {
        return dataset.specialZones() == null ? SpecialZones.none()
                : SpecialZoneReader.fromClasspath(dataset.specialZones());
    }

    public static Geometry outline(ReferenceDataset dataset) {
        return read(dataset.outline(), in -> GeoJsonOutlineReader.read(in, dataset.districtCode()));
    }

    private static District district(ReferenceDataset dataset) {
        return read(dataset.districts(), AdministrativeDivisionReader::districts).stream()
                .filter(candidate -> candidate.code().equals(dataset.districtCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(dataset.districts() + " lacks district "
                        + dataset.districtCode()));
    }

    static <T> T read(String resource, Function<InputStream, T> reader) {
        try (InputStream in = BundledReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
