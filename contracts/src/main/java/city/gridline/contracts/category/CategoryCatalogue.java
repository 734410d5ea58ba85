package city.gridline.contracts.category;

import city.gridline.contracts.TimeLimit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The problem-category catalogue: every minor class by its code. The bundled version is
 * {@code gridline/contracts/categories/catalogue-v1.tsv} (one line a minor class, tab-separated, '#' comments);
 * services that let it be edited start from it.
 */
public final class CategoryCatalogue {

    public static final String BUNDLED = "/gridline/contracts/categories/catalogue-v1.tsv";
    private static final int COLUMNS = 15;

    private final Map<String, Category> byCode;

    public CategoryCatalogue(Collection<Category> categories) {
        Map<String, Category> map = new LinkedHashMap<>();
        for (Category category : categories) {
            if (map.putIfAbsent(category.code(), category) != null) {
                throw new IllegalArgumentException("category code listed twice: " + category.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    public static CategoryCatalogue bundled() {
        try (InputStream in = CategoryCatalogue.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing contract resource " + BUNDLED);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CategoryCatalogue parse(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        List<Category> categories = new java.util.ArrayList<>();
        boolean header = true;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            try {
                categories.add(parseLine(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("catalogue line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return new CategoryCatalogue(categories);
    }

    private static Category parseLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " columns, found " + f.length);
        }
        String department = f[13].strip();
        return new Category(f[0].strip(), CategoryKind.valueOf(f[1].strip()), f[2].strip(), f[3].strip(),
                f[4].strip(), f[5].strip(), f[6].strip(), f[7].strip(), TimeLimit.parse(f[8]), TimeLimit.parse(f[9]),
                Integer.parseInt(f[10].strip()), ResponsibleUnit.valueOf(f[11].strip()),
                EnforcementScope.valueOf(f[12].strip()), department.equals("-") ? null : department,
                Boolean.parseBoolean(f[14].strip()));
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Collection<Category> all() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }
}
