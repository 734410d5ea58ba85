package city.gridline.deploy.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Just enough of PromQL to find the series an expression reads: every metric name with its label matchers.
 * Function names, aggregation operators, grouping label lists, range and subquery brackets, numbers, durations and
 * Grafana variables are skipped.
 */
final class PromQl {

    record Matcher(String label, String operator, String value) {
    }

    record Selector(String metric, List<Matcher> matchers) {
    }

    private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
            "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "atan2");

    private final String text;
    private int position;

    private PromQl(String text) {
        this.text = text;
    }

    static List<Selector> selectors(String expression) {
        return new PromQl(expression).parse();
    }

    /** The labels of the first {@code by (…)} clause: what an aggregation keeps. */
    static Set<String> firstGrouping(String expression) {
        int by = expression.indexOf("by (");
        if (by < 0) {
            return Set.of();
        }
        int end = expression.indexOf(')', by);
        Set<String> labels = new LinkedHashSet<>();
        for (String label : expression.substring(by + 4, end).split(",")) {
            labels.add(label.trim());
        }
        return labels;
    }

    private List<Selector> parse() {
        List<Selector> selectors = new ArrayList<>();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"' || c == '\'' || c == '`') {
                string();
            } else if (c == '[') {
                position = closing('[', ']');
            } else if (c == '$') {
                position++;
                while (position < text.length() && (identifierPart(text.charAt(position)) || text.charAt(position) == '{'
                        || text.charAt(position) == '}')) {
                    position++;
                }
            } else if (Character.isDigit(c) || (c == '.' && position + 1 < text.length()
                    && Character.isDigit(text.charAt(position + 1)))) {
                while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position))
                        || text.charAt(position) == '.')) {
                    position++;
                }
            } else if (identifierStart(c)) {
                String identifier = identifier();
                int next = skipSpaces(position);
                boolean call = next < text.length() && text.charAt(next) == '(';
                if (LABEL_LISTS.contains(identifier) && call) {
                    position = next;
                    position = closing('(', ')');
                } else if (!call && !AGGREGATIONS.contains(identifier) && !KEYWORDS.contains(identifier)
                        && !LABEL_LISTS.contains(identifier)) {
                    List<Matcher> matchers = List.of();
                    if (next < text.length() && text.charAt(next) == '{') {
                        position = next;
                        matchers = matchers();
                    }
                    selectors.add(new Selector(identifier, matchers));
                }
            } else if (c == '{') {
                selectors.add(new Selector(null, matchers()));
            } else {
                position++;
            }
        }
        return selectors;
    }

    private List<Matcher> matchers() {
        List<Matcher> matchers = new ArrayList<>();
        position++;
        while (true) {
            position = skipSpaces(position);
            if (text.charAt(position) == '}') {
                position++;
                return matchers;
            }
            if (text.charAt(position) == ',') {
                position++;
                continue;
            }
            String label = identifier();
            position = skipSpaces(position);
            int start = position;
            while ("=!~".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
            String operator = text.substring(start, position);
            position = skipSpaces(position);
            matchers.add(new Matcher(label, operator, string()));
        }
    }

    private String string() {
        char quote = text.charAt(position++);
        StringBuilder value = new StringBuilder();
        while (text.charAt(position) != quote) {
            char c = text.charAt(position++);
            if (c == '\\' && quote != '`') {
                c = text.charAt(position++);
            }
            value.append(c);
        }
        position++;
        return value.toString();
    }

    private String identifier() {
        int start = position;
        if (!identifierStart(text.charAt(position))) {
            throw new IllegalArgumentException("expected a name at " + position + " of " + text);
        }
        while (position < text.length() && identifierPart(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    /** The position after the bracket that closes the one at the current position. */
    private int closing(char open, char close) {
        int depth = 0;
        for (int i = position; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = text.indexOf('"', i + 1);
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unbalanced " + open + " in " + text);
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean identifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':';
    }
}
