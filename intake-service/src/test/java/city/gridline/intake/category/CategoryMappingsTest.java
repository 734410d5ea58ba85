package city.gridline.intake.category;

import city.gridline.contracts.category.CategoryCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code the channel mappings name is a minor class of the catalogue: no mapping files a report nobody knows. */
class CategoryMappingsTest {

    private static final CategoryCatalogue CATALOGUE = CategoryCatalogue.bundled();

    @ParameterizedTest
    @CsvSource({"/channels/12345-categories.tsv, code", "/channels/110-categories.tsv, code",
            "/open311/services.tsv, category_code"})
    void everyMappedCodeIsInTheCatalogue(String resource, String column) throws IOException {
        List<String> codes = codes(resource, column);

        assertThat(codes).isNotEmpty();
        assertThat(codes).allSatisfy(code -> assertThat(CATALOGUE.contains(code))
                .as("%s in %s", code, resource).isTrue());
    }

    private static List<String> codes(String resource, String column) throws IOException {
        try (InputStream in = CategoryMappingsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> codes = new ArrayList<>();
            int index = -1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (index < 0) {
                    index = List.of(fields).indexOf(column);
                    assertThat(index).as("column %s in %s", column, resource).isNotNegative();
                    continue;
                }
                codes.add(fields[index].strip());
            }
            return codes;
        }
    }
}
