package city.gridline.bench.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CategoryMappingTest {

    private static final Set<String> CATALOGUE = Set.of("200601", "200503", "200102", "0211");

    @Test
    void mapsNamedTypesIgnoringCaseAndEveryOtherOneOntoTheDefault() throws IOException {
        CategoryMapping mapping = CategoryMapping.parse(new StringReader("""
                # comment
                default\t200102
                nyc\tNoise - Residential\t200601
                baltimore\tTRM-Pothole Repair\t0211
                """), CATALOGUE::contains);

        assertThat(mapping.codeOf(City.NYC, "noise - residential")).isEqualTo("200601");
        assertThat(mapping.maps(City.NYC, "Noise - Residential")).isTrue();
        assertThat(mapping.codeOf(City.BALTIMORE, "TRM-Pothole Repair")).isEqualTo("0211");
        assertThat(mapping.codeOf(City.NYC, "TRM-Pothole Repair")).isEqualTo("200102");
        assertThat(mapping.maps(City.NYC, "Lost Property")).isFalse();
        assertThat(mapping.codeOf(City.NYC, "Lost Property")).isEqualTo("200102");
    }

    @Test
    void refusesACodeOutsideTheCatalogueAMissingDefaultAndATypeMappedTwice() {
        assertThatThrownBy(() -> CategoryMapping.parse(new StringReader("default\t200102\nnyc\tX\t999999\n"),
                CATALOGUE::contains)).hasMessageContaining("999999");
        assertThatThrownBy(() -> CategoryMapping.parse(new StringReader("nyc\tX\t200102\n"), CATALOGUE::contains))
                .hasMessageContaining("default");
        assertThatThrownBy(() -> CategoryMapping.parse(new StringReader(
                "default\t200102\nnyc\tX\t200102\nnyc\tx\t200601\n"), CATALOGUE::contains))
                .hasMessageContaining("mapped twice");
    }

    @Test
    void theBundledMappingUsesCataloguedCodesAndCoversMostRequests() {
        CategoryMapping mapping = CategoryMapping.bundled();
        ServiceRequests nyc = ServiceRequests.bundled(City.NYC);

        long mapped = nyc.located().stream().filter(r -> mapping.maps(r.city(), r.type())).count();
        assertThat(mapping.codeOf(City.NYC, "Illegal Parking")).isEqualTo("200503");
        assertThat(mapping.codeOf(City.NYC, "Noise - Residential")).isEqualTo("200601");
        assertThat(mapped).isGreaterThan(nyc.located().size() * 9 / 10);
    }
}
