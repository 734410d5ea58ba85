package city.gridline.bench.load;

import city.gridline.contracts.category.CategoryCatalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Each city's request types mapped onto Gridline's category codes (contracts' catalogue, checked against it), from
 * {@code 311/category-mapping.tsv}: lines {@code city TAB request type TAB code}, and one line
 * {@code default TAB code} for every type the file does not name.
 */
final class CategoryMapping {

    static final String RESOURCE = "/city/gridline/bench/load/311/category-mapping.tsv";

    private final Map<String, String> codes;
    private final String defaultCode;

    private CategoryMapping(Map<String, String> codes, String defaultCode) {
        this.codes = Map.copyOf(codes);
        this.defaultCode = defaultCode;
    }

    static CategoryMapping bundled() {
        try (InputStream in = CategoryMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), CategoryCatalogue.bundled()::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param known whether a code is in the catalogue: a mapping onto a code that is not is refused */
    static CategoryMapping parse(Reader tsv, Predicate<String> known) throws IOException {
        Map<String, String> codes = new HashMap<>();
        String defaultCode = null;
        BufferedReader lines = new BufferedReader(tsv);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length == 2 && fields[0].equals("default")) {
                defaultCode = code(fields[1], number, known);
            } else if (fields.length == 3) {
                City city = City.of(fields[0]);
                if (codes.put(key(city, fields[1]), code(fields[2], number, known)) != null) {
                    throw new IllegalArgumentException("line " + number + ": " + fields[1] + " mapped twice");
                }
            } else {
                throw new IllegalArgumentException("line " + number + ": expected city, type and code: " + line);
            }
        }
        if (defaultCode == null) {
            throw new IllegalArgumentException("no 'default' line");
        }
        return new CategoryMapping(codes, defaultCode);
    }

    String codeOf(City city, String type) {
        return codes.getOrDefault(key(city, type), defaultCode);
    }

    boolean maps(City city, String type) {
        return codes.containsKey(key(city, type));
    }

    String defaultCode() {
        return defaultCode;
    }

    private static String key(City city, String type) {
        return city + "\t" + type.strip().toLowerCase(Locale.ROOT);
    }

    private static String code(String code, int line, Predicate<String> known) {
        if (!known.test(code)) {
            throw new IllegalArgumentException("line " + line + ": '" + code + "' is not in the category catalogue");
        }
        return code;
    }
}
