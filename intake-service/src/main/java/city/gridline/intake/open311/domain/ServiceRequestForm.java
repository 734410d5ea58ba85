package city.gridline.intake.open311.domain;

import city.gridline.intake.report.domain.TextNormalizer;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of {@code POST requests} as GeoReport v2 defines them, checked against the service's definition.
 * Every problem is reported, not only the first; an empty parameter counts as absent.
 */
public final class ServiceRequestForm {

    public static final int MAX_DESCRIPTION = 4000;
    private static final char NOT_UTF8 = '\uFFFD';

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");
    private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[A-Za-z!][^>]*>|&[A-Za-z]+;|&#[0-9]+;");

    private ServiceRequestForm() {
    }

    /** A request that passed every check: what intake files. */
    public record Valid(Open311Service service, Double lat, Double lon, String addressString, String description,
                        Map<String, List<String>> attributes, String mediaUrl, String name, String phone) {
    }

    /** Either a valid request or the errors that stop it. */
    public record Outcome(Valid request, List<Open311Error> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Outcome check(Map<String, List<String>> parameters, ServiceCatalog catalog) {
        List<Open311Error> errors = new ArrayList<>();
        parameters.forEach((name, values) -> {
            // The form decoder puts U+FFFD where a percent-encoded byte sequence is not UTF-8; the JSON API refuses
            // such a body too.
            if (name.indexOf(NOT_UTF8) >= 0 || values.stream().anyMatch(v -> v != null && v.indexOf(NOT_UTF8) >= 0)) {
                errors.add(new Open311Error(400, name.replace(NOT_UTF8, '?') + " is not valid UTF-8"));
            }
        });
        String serviceCode = first(parameters, "service_code");
        Open311Service service = null;
        if (serviceCode == null) {
            errors.add(new Open311Error(400, "service_code is required"));
        } else {
            service = catalog.find(serviceCode).orElse(null);
            if (service == null) {
                errors.add(new Open311Error(400, "service_code " + serviceCode + " is not a service of this server"));
            }
        }
        Double lat = coordinate(parameters, "lat", 90, errors);
        Double lon = coordinate(parameters, "long", 180, errors);
        String addressString = first(parameters, "address_string");
        // a value given but not a number is reported above, not as missing
        if ((first(parameters, "lat") == null) != (first(parameters, "long") == null)) {
            errors.add(new Open311Error(400, "lat and long must be given together"));
        }
        if (lat == null && lon == null && addressString == null) {
            errors.add(new Open311Error(400, first(parameters, "address_id") != null
                    ? "address_id is not supported by this server: send lat and long or address_string"
                    : "a location is required: lat and long, or address_string"));
        }
        String description = first(parameters, "description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(new Open311Error(400, "description must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (description != null && HTML.matcher(description).find()) {
            errors.add(new Open311Error(400, "description must be plain text, without HTML"));
        }
        String mediaUrl = first(parameters, "media_url");
        if (mediaUrl != null && !mediaUrl.matches("https?://\\S{1,1000}")) {
            errors.add(new Open311Error(400, "media_url must be an http(s) URL"));
        }
        Map<String, List<String>> attributes = service == null ? Map.of()
                : attributes(parameters, service, errors);
        if (!errors.isEmpty()) {
            return new Outcome(null, List.copyOf(errors));
        }
        String name = String.join(" ", nonNull(first(parameters, "last_name"), first(parameters, "first_name")))
                .strip();
        return new Outcome(new Valid(service, lat, lon, addressString, description, attributes, mediaUrl,
                name.isEmpty() ? null : name, digitsOnly(first(parameters, "phone"))), List.of());
    }

    private static Map<String, List<String>> attributes(Map<String, List<String>> parameters, Open311Service service,
                                                        List<Open311Error> errors) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            Matcher matcher = ATTRIBUTE.matcher(name);
            if (matcher.matches()) {
                List<String> present = values.stream().filter(value -> value != null && !value.isBlank())
                        .map(String::strip).toList();
                if (!present.isEmpty()) {
                    given.computeIfAbsent(matcher.group(1), code -> new ArrayList<>()).addAll(present);
                }
            }
        });
        // Attributes the service does not define are dropped: clients such as FixMyStreet send their own.
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (ServiceAttribute attribute : service.attributes()) {
            List<String> values = given.get(attribute.code());
            if (values == null) {
                if (attribute.required()) {
                    errors.add(new Open311Error(400, "attribute[" + attribute.code() + "] is required"));
                }
                continue;
            }
            if (values.size() > 1 && !attribute.allowsMany()) {
                errors.add(new Open311Error(400, "attribute[" + attribute.code() + "] takes one value"));
            }
            for (String value : values) {
                String problem = problemWith(attribute, value);
                if (problem != null) {
                    errors.add(new Open311Error(400, "attribute[" + attribute.code() + "] " + problem));
                }
            }
            kept.put(attribute.code(), attribute.isFreeText()
                    ? values.stream().map(value -> TextNormalizer.normalize(value).text()).filter(Objects::nonNull)
                            .toList()
                    : List.copyOf(values));
        }
        return kept;
    }

    private static String problemWith(ServiceAttribute attribute, String value) {
        if (attribute.isList()) {
            return attribute.hasKey(value) ? null : "has no value " + value;
        }
        if (attribute.datatype().equals("number")) {
            try {
                new BigDecimal(value);
                return null;
            } catch (NumberFormatException e) {
                return "must be a number";
            }
        }
        if (attribute.datatype().equals("datetime")) {
            try {
                OffsetDateTime.parse(value);
                return null;
            } catch (DateTimeParseException e) {
                return "must be an ISO 8601 date and time with offset";
            }
        }
        return value.length() > 1000 ? "must be at most 1000 characters" : null;
    }

    private static Double coordinate(Map<String, List<String>> parameters, String name, double limit,
                                     List<Open311Error> errors) {
        String text = first(parameters, name);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && Math.abs(value) <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Open311Error(400, name + " must be a number between -" + (int) limit + " and " + (int) limit));
        return null;
    }

    static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return null;
        }
        // blank as the report will judge it: a no-break space is blank too
        return values.stream().filter(value -> !TextNormalizer.isBlank(value)).map(String::strip).findFirst()
                .orElse(null);
    }

    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
    }

    private static String digitsOnly(String phone) {
        return phone == null ? null : phone.replaceAll("[^0-9+]", "");
    }
}
