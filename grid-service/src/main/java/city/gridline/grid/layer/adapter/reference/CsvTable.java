package city.gridline.grid.layer.adapter.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An RFC 4180 CSV text (quoted fields, doubled quotes, line breaks inside quotes) read into rows keyed by header. */
final class CsvTable {

    private final List<String> header;
    private final List<List<String>> records;

    private CsvTable(List<String> header, List<List<String>> records) {
        this.header = header;
        this.records = records;
    }

    static CsvTable read(InputStream in) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CSV", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = parse(text);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("CSV has no header line");
        }
        return new CsvTable(lines.get(0), lines.subList(1, lines.size()));
    }

    /** Rows as maps from column name to value; fails if a required column is missing. */
    List<Map<String, String>> rows(String... requiredColumns) {
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException("CSV lacks column '" + column + "'; header is " + header);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>(records.size());
        for (List<String> record : records) {
            if (record.size() != header.size()) {
                throw new IllegalArgumentException("CSV record " + record + " has " + record.size()
                        + " fields, header has " + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean lineHasContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    lineHasContent = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    lineHasContent = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    if (lineHasContent || field.length() > 0) {
                        fields.add(field.toString());
                        lines.add(fields);
                    }
                    fields = new ArrayList<>();
                    field.setLength(0);
                    lineHasContent = false;
                }
                default -> {
                    field.append(c);
                    lineHasContent = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV ends inside a quoted field");
        }
        if (lineHasContent || field.length() > 0) {
            fields.add(field.toString());
            lines.add(fields);
        }
        return lines;
    }
}
