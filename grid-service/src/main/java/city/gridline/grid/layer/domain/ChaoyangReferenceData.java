package city.gridline.grid.layer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.locationtech.jts.geom.Geometry;

/**
 * The real reference data of Beijing's Chaoyang District bundled on the classpath under
 * {@code /reference/} (see {@code reference/PROVENANCE.md} there), as a request for the demo grid layer.
 */
public final class ChaoyangReferenceData {

    public static final String DISTRICT_CODE = "110105";
    /** Resident population of Chaoyang District, 7th national population census (2020). */
    public static final int CENSUS_2020_POPULATION = 3_452_460;

    static final String DISTRICTS = "/reference/districts-beijing.csv";
    static final String STREETS = "/reference/beijing-chaoyang-110105-streets.csv";
    static final String COMMUNITIES = "/reference/beijing-chaoyang-110105-communities.csv";
    static final String OUTLINE = "/reference/beijing-chaoyang-110105-outline.geojson";

    private ChaoyangReferenceData() {
    }

    public static GridLayerRequest request(GridSettings settings) {
        District chaoyang = read(DISTRICTS, AdministrativeDivisionReader::districts).stream()
                .filter(district -> district.code().equals(DISTRICT_CODE))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(DISTRICTS + " lacks district " + DISTRICT_CODE));
        Geometry outline = read(OUTLINE, in -> GeoJsonOutlineReader.read(in, DISTRICT_CODE));
        List<Street> streets = read(STREETS, AdministrativeDivisionReader::streets);
        List<Community> communities = read(COMMUNITIES, AdministrativeDivisionReader::communities);
        return new GridLayerRequest(chaoyang, outline, streets, communities, CENSUS_2020_POPULATION, settings);
    }

    static <T> T read(String resource, Function<InputStream, T> reader) {
        try (InputStream in = ChaoyangReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
