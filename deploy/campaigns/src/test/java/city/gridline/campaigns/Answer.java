package city.gridline.campaigns;

import java.nio.charset.StandardCharsets;

/** What a service answered: the status, its Content-Type (or null) and the body (capped). */
record Answer(int status, String contentType, byte[] body) {

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String text = text();
        return status + " " + contentType + " " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
    }
}
