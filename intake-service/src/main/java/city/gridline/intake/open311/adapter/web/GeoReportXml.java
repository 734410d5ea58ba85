package city.gridline.intake.open311.adapter.web;

import java.util.List;
import java.util.Map;

/**
 * Writes GeoReport's XML shape from the same maps and lists the JSON is written from: a map is an element per
 * entry, a list repeats the singular of its name ({@code <service_requests><request>…}), null is an empty element.
 */
final class GeoReportXml {

    private static final Map<String, String> SINGULAR = Map.of(
            "service_requests", "request",
            "services", "service",
            "errors", "error",
            "attributes", "attribute",
            "values", "value",
            "endpoints", "endpoint",
            "formats", "format");

    private GeoReportXml() {
    }

    static String write(String root, Object body) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        element(xml, root, body);
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, Object value) {
        if (value == null) {
            xml.append('<').append(name).append("/>");
            return;
        }
        xml.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> element(xml, (String) key, child));
        } else if (value instanceof List<?> list) {
            String item = SINGULAR.get(name);
            if (item == null) {
                throw new IllegalArgumentException("no singular known for list element " + name);
            }
            list.forEach(child -> element(xml, item, child));
        } else {
            escape(xml, String.valueOf(value));
        }
        xml.append("</").append(name).append('>');
    }

    /** Escapes markup and drops characters XML 1.0 cannot hold at all. */
    private static void escape(StringBuilder xml, String text) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        xml.appendCodePoint(c);
                    }
                }
            }
        });
    }
}
