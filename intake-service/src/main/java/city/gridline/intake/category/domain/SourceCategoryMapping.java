package city.gridline.intake.category.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A source's own classification (a 12345 category path such as {@code 城市管理/市容环境/占道经营}, a 110 category
 * text) mapped onto Gridline category codes, read from a maintained TSV file: a header line, then
 * {@code path<TAB>code} lines, '#' comments. A path that is not listed takes the code of its longest listed
 * ancestor, so a source may classify more finely than the file does; none at all means it cannot be mapped.
 */
public final class SourceCategoryMapping {

    private static final Pattern SEPARATORS = Pattern.compile("\\s*[/>]\\s*");

    private final Map<String, String> codesByPath;

    private SourceCategoryMapping(Map<String, String> codesByPath) {
        this.codesByPath = Map.copyOf(codesByPath);
    }

    public static SourceCategoryMapping parse(Reader source) throws IOException {
        Map<String, String> codes = new HashMap<>();
        BufferedReader reader = new BufferedReader(source);
        boolean header = true;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank() || !fields[1].strip().matches("[0-9]{4,6}")) {
                throw new IllegalArgumentException("line " + number + ": expected <path> TAB <category code>");
            }
            if (codes.put(canonical(fields[0]), fields[1].strip()) != null) {
                throw new IllegalArgumentException("line " + number + ": path listed twice: " + fields[0]);
            }
        }
        return new SourceCategoryMapping(codes);
    }

    public Optional<String> codeFor(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String key = canonical(path);
        while (true) {
            String code = codesByPath.get(key);
            if (code != null) {
                return Optional.of(code);
            }
            int parent = key.lastIndexOf('/');
            if (parent < 0) {
                return Optional.empty();
            }
            key = key.substring(0, parent);
        }
    }

    /** Every code the file maps to, to check them against the catalogue. */
    public java.util.Collection<String> codes() {
        return codesByPath.values();
    }

    /** NFKC (so ／ and ＞ are separators too), one '/' between trimmed segments. */
    private static String canonical(String path) {
        return SEPARATORS.matcher(Normalizer.normalize(path, Normalizer.Form.NFKC).strip()).replaceAll("/");
    }
}
