package city.gridline.campaigns;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the campaign. {@code path} is sent as written (already percent-encoded, with its query);
 * {@code operation} names the endpoint it aims at ({@code POST /api/v1/reports}); {@code what} says what is wrong.
 */
record BadRequest(String service, String operation, String method, String path, Map<String, String> headers,
                  byte[] body, String what) {

    static BadRequest of(Operation operation, String path, Map<String, String> headers, byte[] body, String what) {
        return new BadRequest(operation.service(), operation.label(), operation.method(), path,
                new LinkedHashMap<>(headers), body, what);
    }

    boolean isOpen311() {
        return path.startsWith("/open311/");
    }

    BadRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new BadRequest(service, operation, method, path, changed, body, what);
    }

    BadRequest describedAs(String description) {
        return new BadRequest(service, operation, method, path, headers, body, description);
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        String shownPath = path.length() > 200 ? path.substring(0, 200) + "…(" + path.length() + ")" : path;
        return what + ": " + method + " " + service + shownPath + " " + headers
                + (body == null ? "" : " body(" + body.length + " bytes)=" + shown);
    }
}
