package city.gridline.campaigns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Open311 create-request forms with one bad field, and dispatch evidence uploads (multipart) with a bad part:
 * too large, a traversal or NUL in the file name, the wrong kind, parts missing or too many.
 */
final class FormFaults {

    static final List<String> OPEN311_FIELDS = List.of("api_key", "service_code", "lat", "long", "description",
            "attribute[WHERE]", "media_url", "email", "phone", "address_string", "device_id");

    static final List<String> OPEN311_VALUES = List.of("abc", "999", "-91", "NaN", "1e999", "", "%ZZ",
            "%7B%22%24gt%22%3A%22%22%7D", "%3Cb%3Ebold%3C%2Fb%3E", "javascript%3Aalert(1)", "a%00b", "%FF%FE",
            "z".repeat(5_000), "..%2F..%2Fetc%2Fpasswd");

    private final RequestFactory factory;

    FormFaults(RequestFactory factory) {
        this.factory = factory;
    }

    BadRequest open311Form(Operation operation, Random random) {
        Map<String, String> form = new LinkedHashMap<>();
        RequestFactory.plausibleOpen311Form().forEach((k, v) -> form.put(RequestFactory.encode(k),
                RequestFactory.encode(v)));
        String field = RequestFactory.encode(OPEN311_FIELDS.get(random.nextInt(OPEN311_FIELDS.size())));
        String value = OPEN311_VALUES.get(random.nextInt(OPEN311_VALUES.size()));
        String what;
        switch (random.nextInt(5)) {
            case 0 -> {
                form.remove(field);
                what = "form without " + field;
            }
            case 1 -> {
                form.put(field + "%5B%24ne%5D", "1");
                what = "form " + field + "[$ne]=1";
            }
            default -> {
                form.put(field, value);
                what = "form " + field + " = " + RequestFaults.shorten(value);
            }
        }
        String body = RequestFactory.formBody(form);
        if (random.nextInt(6) == 0) {
            body = body + "&lat=0&lat=" + value;
            what += ", lat repeated";
        }
        Map<String, String> headers = factory.headers(operation);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return BadRequest.of(operation, factory.path(operation, Map.of()), headers,
                body.getBytes(StandardCharsets.UTF_8), what);
    }

    /** Evidence upload faults, by name. */
    static final List<String> EVIDENCE = List.of("traversal-name", "nul-name", "empty-name", "long-name",
            "html-as-jpeg", "no-file", "bad-kind", "operator-kind", "no-operation-id", "bad-operation-id",
            "too-many-parts", "no-boundary", "truncated", "empty-file", "backslash-name", "unicode-name");

    BadRequest evidence(Operation operation, String fault, Random random) {
        String boundary = "campaign" + Long.toHexString(random.nextLong());
        String fileName = switch (fault) {
            case "traversal-name" -> "../../etc/passwd";
            case "nul-name" -> "a\u0000.jpg";
            case "empty-name" -> "";
            case "long-name" -> "p".repeat(5_000) + ".jpg";
            case "backslash-name" -> "..\\..\\windows\\win.ini";
            case "unicode-name" -> "井盖\u202egpj.exe";
            default -> "after.jpg";
        };
        String fileType = fault.equals("html-as-jpeg") ? "text/html" : "image/jpeg";
        byte[] content = fault.equals("empty-file") ? new byte[0] : jpeg(2048);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", switch (fault) {
            case "bad-kind" -> "SELFIE";
            case "operator-kind" -> "{\"$gt\":\"\"}";
            default -> "AFTER";
        });
        if (!fault.equals("no-operation-id")) {
            fields.put("clientOperationId",
                    fault.equals("bad-operation-id") ? "../x y" : "ev-op-" + Math.abs(random.nextInt()));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> part(body, boundary, name, null, null, value.getBytes(StandardCharsets.UTF_8)));
        if (!fault.equals("no-file")) {
            part(body, boundary, "file", fileName, fileType, content);
        }
        if (fault.equals("too-many-parts")) {
            for (int i = 0; i < 12; i++) {
                part(body, boundary, "extra" + i, null, null, "x".getBytes(StandardCharsets.UTF_8));
            }
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        if (fault.equals("truncated")) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        }
        Map<String, String> headers = factory.headers(operation);
        headers.put("Content-Type", fault.equals("no-boundary") ? "multipart/form-data"
                : "multipart/form-data; boundary=" + boundary);
        return BadRequest.of(operation, factory.path(operation, Map.of()), headers, bytes, "evidence: " + fault);
    }

    /** A multipart evidence upload of a JPEG of {@code size} bytes named {@code fileName}. */
    BadRequest evidenceOfSize(Operation operation, int size, String fileName, String operationId) {
        String boundary = "campaignlarge";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "kind", null, null, "AFTER".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "clientOperationId", null, null, operationId.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "file", fileName, "image/jpeg", jpeg(size));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = factory.headers(operation);
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        return BadRequest.of(operation, factory.path(operation, Map.of()), headers, body.toByteArray(),
                "evidence of " + size + " bytes named " + fileName);
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String fileName, String type,
                             byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append('"');
        if (fileName != null) {
            head.append("; filename=\"").append(fileName).append('"');
        }
        head.append("\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
