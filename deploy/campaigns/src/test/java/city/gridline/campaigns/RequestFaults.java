package city.gridline.campaigns;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Requests whose body is plausible but whose path, query, headers or size is not: traversal and operator tricks in
 * ids, bad query values, wrong media types, no or an unknown caller, bodies over the limits.
 */
final class RequestFaults {

    /** Path parameter values, already percent-encoded as they go on the wire. */
    static final List<String> PATH_TRICKS = List.of("..%2F..%2Fetc%2Fpasswd", "..", "%2E%2E", "a%00b", "%00",
            "x".repeat(10_000), "%7B%22%24ne%22%3A1%7D", "%24gt", "%C0%AE%C0%AE", "%FF%FE", "%E4%BA%95%E7%9B%96",
            "%20", "-1", "0", "99999999999999999999", "%3Cscript%3E", "a%2Fb", "%25", "%0D%0ASet-Cookie%3Ax",
            "a;b=c", "%5C..%5C..%5Cwindows", "NaN", "1e999");

    static final List<String> FORMAT_TRICKS = List.of("yaml", "JSON", "json%00", "xml.json", "%2E%2E", "");

    /** Query values, percent-encoded as sent. */
    static final List<String> QUERY_TRICKS = List.of("%7B%22%24gt%22%3A%22%22%7D", "abc", "-1", "1e999",
            "99999999999999999999", "", "%25ZZ", "y".repeat(10_000), "%00", "2026-13-45", "2026-02-30T25:61:00Z",
            "NaN", "%FF", "..%2F..", "%24where", "true", "0");

    static final List<String> CONTENT_TYPES = List.of("", "text/plain", "application/xml", "text/xml",
            "application/json;charset=nope", "application/json;charset=GB18030", "*/*", "multipart/form-data",
            "application/x-www-form-urlencoded", ";;;", "application/problem+json", "application/octet-stream",
            "image/jpeg");

    static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", ";;;", "*/*;q=0");

    /** Who a request claims to be: no one, garbage, a forged token, members unknown, odd or of the wrong role. */
    static final List<String> CREDENTIALS = List.of("", "Bearer", "Bearer not.a.token", "Basic YWRtaW46YWRtaW4=",
            CampaignCallers.forged(), CampaignCallers.member("nobody"), CampaignCallers.member("{\"$gt\":\"\"}"),
            CampaignCallers.member("m".repeat(500)), CampaignCallers.member("admin "), CampaignCallers.member("ADMIN"),
            CampaignCallers.member("$where"), CampaignCallers.member("../admin"),
            CampaignCallers.member(CampaignWorld.ASSISTANT));

    private final RequestFactory factory;

    RequestFaults(RequestFactory factory) {
        this.factory = factory;
    }

    BadRequest pathTrick(Operation operation, Random random) {
        List<Operation.Parameter> parameters = operation.pathParameters();
        Operation.Parameter parameter = parameters.get(random.nextInt(parameters.size()));
        List<String> tricks = parameter.name().equals("format") ? FORMAT_TRICKS : PATH_TRICKS;
        String trick = tricks.get(random.nextInt(tricks.size()));
        return plausible(operation, random, Map.of(parameter.name(), trick), null)
                .describedAs("path {" + parameter.name() + "} = " + shorten(trick));
    }

    BadRequest queryTrick(Operation operation, Random random) {
        Map<String, String> query = RequestFactory.encoded(factory.query(operation, true));
        List<String> names = new java.util.ArrayList<>(query.keySet());
        String trick = QUERY_TRICKS.get(random.nextInt(QUERY_TRICKS.size()));
        String what;
        if (names.isEmpty() || random.nextInt(5) == 0) {
            String name = List.of("channel%5B%24ne%5D", "%24where", "page", "limit", "kind").get(random.nextInt(5));
            query.put(name, trick);
            what = "query " + name + " = " + shorten(trick);
        } else {
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                query.remove(name);
                query.put(name + "%5B%24ne%5D", "1");
                what = "query " + name + "[$ne]=1";
            } else {
                query.put(name, trick);
                what = "query " + name + " = " + shorten(trick);
            }
        }
        String path = RequestFactory.withQuery(factory.path(operation, Map.of()), query);
        return plausible(operation, random, Map.of(), path).describedAs(what);
    }

    BadRequest headerTrick(Operation operation, Random random) {
        BadRequest request = plausible(operation, random, Map.of(), null);
        int choice = random.nextInt(operation.isOpen311() ? 2 : 3);
        if (choice == 0 && operation.hasBody()) {
            String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
            return request.withHeader("Content-Type", type.isEmpty() ? null : type)
                    .describedAs("Content-Type " + (type.isEmpty() ? "missing" : type));
        }
        if (choice == 2 || (choice == 0 && !operation.isOpen311())) {
            String credential = CREDENTIALS.get(random.nextInt(CREDENTIALS.size()));
            return request.withHeader("Authorization", credential.isEmpty() ? null : credential)
                    .describedAs("Authorization " + (credential.isEmpty() ? "missing" : shorten(credential)));
        }
        String accept = ACCEPTS.get(random.nextInt(ACCEPTS.size()));
        return request.withHeader("Accept", accept).describedAs("Accept " + accept);
    }

    /**
     * The largest body a service reads: intake's own limit, the grid's for layer uploads, else Spring's codec
     * default.
     */
    static int bodyLimitOf(String service) {
        return switch (service) {
            case "intake-service" -> 64 * 1024;
            case "grid-service" -> 32 * 1024 * 1024;
            default -> 256 * 1024;
        };
    }

    BadRequest oversized(Operation operation, Random random) {
        int size = List.of(70 * 1024, 300 * 1024, 1024 * 1024, 3 * 1024 * 1024).get(random.nextInt(4));
        String filler = "井".repeat(size / 3);
        byte[] body = ("{\"description\": \"" + filler + "\", \"channel\": \"12319\"}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = factory.headers(operation);
        headers.put("Content-Type", operation.hasBody() ? factory.contentType(operation) : "application/json");
        if (operation.takesForm()) {
            body = ("api_key=campaign-key&service_code=pothole&lat=39.937&long=116.455&description="
                    + RequestFactory.encode(filler)).getBytes(StandardCharsets.UTF_8);
        }
        return BadRequest.of(operation, factory.path(operation, Map.of()), headers, body,
                "oversized body: " + body.length + " bytes");
    }

    /** The operation's plausible request; {@code path} replaces the built path when given. */
    private BadRequest plausible(Operation operation, Random random, Map<String, String> pathOverrides, String path) {
        String target = path != null ? path : RequestFactory.withQuery(factory.path(operation, pathOverrides),
                RequestFactory.encoded(factory.query(operation, false)));
        Map<String, String> headers = factory.headers(operation);
        byte[] body = null;
        if (operation.takesForm()) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            Map<String, String> form = new LinkedHashMap<>();
            RequestFactory.plausibleOpen311Form().forEach((k, v) -> form.put(RequestFactory.encode(k),
                    RequestFactory.encode(v)));
            body = RequestFactory.formBody(form).getBytes(StandardCharsets.UTF_8);
        } else if (operation.hasBody() && !operation.takesMultipart()) {
            headers.put("Content-Type", factory.contentType(operation));
            body = RequestFactory.bytes(factory.plausibleJson(operation, random));
        }
        return BadRequest.of(operation, target, headers, body, "plausible");
    }

    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }
}
