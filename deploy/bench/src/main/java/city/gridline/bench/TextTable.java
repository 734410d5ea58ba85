package city.gridline.bench;

import java.util.ArrayList;
import java.util.List;

/** A table printed with aligned columns for the terminal, or as Markdown; text columns left, figures right. */
public final class TextTable {

    private final String[] header;
    private final boolean[] text;
    private final List<String[]> rows = new ArrayList<>();

    /** @param textColumns the columns holding words rather than figures */
    public TextTable(String[] header, int... textColumns) {
        this.header = header;
        this.text = new boolean[header.length];
        for (int column : textColumns) {
            text[column] = true;
        }
    }

    public TextTable add(String... row) {
        if (row.length != header.length) {
            throw new IllegalArgumentException("Row of " + row.length + " columns for a header of " + header.length);
        }
        rows.add(row);
        return this;
    }

    public String aligned() {
        int[] widths = new int[header.length];
        for (String[] row : withHeader()) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder aligned = new StringBuilder();
        for (String[] row : withHeader()) {
            for (int c = 0; c < row.length; c++) {
                String padding = " ".repeat(widths[c] - row[c].length());
                aligned.append(c == 0 ? "" : "  ").append(text[c] ? row[c] + padding : padding + row[c]);
            }
            aligned.append('\n');
        }
        return aligned.toString();
    }

    public String markdown() {
        StringBuilder markdown = new StringBuilder();
        markdown.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (boolean isText : text) {
            markdown.append(isText ? "---|" : "---:|");
        }
        markdown.append('\n');
        for (String[] row : rows) {
            markdown.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return markdown.toString();
    }

    private List<String[]> withHeader() {
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
