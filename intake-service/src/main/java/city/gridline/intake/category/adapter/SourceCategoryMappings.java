package city.gridline.intake.category.adapter;

import city.gridline.intake.category.domain.SourceCategoryMapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads a {@link SourceCategoryMapping} from the class path ({@code channels/…-categories.tsv}). */
public final class SourceCategoryMappings {

    private SourceCategoryMappings() {
    }

    public static SourceCategoryMapping load(String resource) {
        try (InputStream in = SourceCategoryMappings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return SourceCategoryMapping.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
