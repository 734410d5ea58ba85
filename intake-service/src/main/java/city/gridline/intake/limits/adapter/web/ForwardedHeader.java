package city.gridline.intake.limits.adapter.web;

import org.springframework.http.HttpHeaders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The header in which the trusted proxies name the addresses they were connected from: {@code X-Forwarded-For}
 * (ingress-nginx, Envoy, the cloud load balancers) or RFC 7239's {@code Forwarded} ({@code for=} parameters: HAProxy
 * with {@code option forwarded}, or a proxy configured to write it). Only the one the proxies write is read: the
 * other reaches intake as the client wrote it, and a client could name any address there.
 */
public enum ForwardedHeader {

    X_FORWARDED_FOR("X-Forwarded-For") {
        @Override
        List<String> nodes(String line) {
            return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
        }
    },

    FORWARDED("Forwarded") {
        /**
         * Each element's {@code for} value, unquoted; "" for an element without one, which ends the walk there. A
         * quoted string keeps its commas and semicolons, so a client cannot split an element into two.
         */
        @Override
        List<String> nodes(String line) {
            List<String> nodes = new ArrayList<>();
            for (String element : split(line, ',')) {
                String node = "";
                for (String pair : split(element, ';')) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                        node = unquote(pair.substring(equals + 1).strip());
                    }
                }
                nodes.add(node);
            }
            return nodes;
        }
    };

    private final String name;

    ForwardedHeader(String name) {
        this.name = name;
    }

    /** Every node the header's lines name, in order: the first written by the client, the last by the nearest proxy. */
    public List<String> nodes(HttpHeaders headers) {
        List<String> nodes = new ArrayList<>();
        for (String line : headers.getOrEmpty(name)) {
            nodes.addAll(nodes(line));
        }
        return nodes;
    }

    abstract List<String> nodes(String line);

    /** The parts of the text between the separators that stand outside quoted strings. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    /** A token as it is; a quoted string without its quotes and escapes; "" for an unterminated one. */
    private static String unquote(String value) {
        if (!value.startsWith("\"")) {
            return value;
        }
        if (value.length() < 2 || !value.endsWith("\"")) {
            return "";
        }
        StringBuilder unquoted = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            unquoted.append(c == '\\' && i + 1 < value.length() - 1 ? value.charAt(++i) : c);
        }
        return unquoted.toString();
    }
}
