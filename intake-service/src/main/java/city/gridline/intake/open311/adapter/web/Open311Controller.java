package city.gridline.intake.open311.adapter.web;

import city.gridline.contracts.Channel;
import city.gridline.intake.category.application.CategoryCodes;
import city.gridline.intake.open311.application.ServiceRequests;
import city.gridline.intake.open311.domain.Open311Service;
import city.gridline.intake.open311.domain.RequestState;
import city.gridline.intake.open311.domain.ServiceAttribute;
import city.gridline.intake.open311.domain.ServiceCatalog;
import city.gridline.intake.open311.domain.ServiceRequestForm;
import city.gridline.intake.report.adapter.web.IntakeMetrics;
import city.gridline.intake.report.domain.ExpectedCompletion;
import city.gridline.intake.report.domain.PhotoRef;
import city.gridline.intake.report.domain.ReportQuery;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.ReportView;
import city.gridline.servicekit.TraceIds;
import city.gridline.servicekit.validation.StorableInstantValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: discovery, services and their definitions, creating and reading
 * service requests, tokens. The format is the path's extension, {@code .json} or {@code .xml}; refusals are
 * GeoReport error lists (403 for a missing or wrong api_key, 404 for an unknown resource, 400 for the rest).
 */
@RestController
@RequestMapping("/open311/v2")
public class Open311Controller {

    private static final Pattern UNENCODED_OFFSET_SIGN = Pattern.compile("(?<=T[0-9:.]{2,18}) ([0-9]{2}:?[0-9]{2})$");

    private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;
    private static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private final ServiceCatalog catalog;
    private final ServiceRequests requests;
    private final Open311Settings settings;
    private final JsonMapper json;
    private final IntakeMetrics metrics;
    private final Clock clock;
    private final CategoryCodes categories;

    public Open311Controller(ServiceCatalog catalog, ServiceRequests requests, Open311Settings settings,
                             JsonMapper json, IntakeMetrics metrics, Clock clock, CategoryCodes categories) {
        this.catalog = catalog;
        this.requests = requests;
        this.settings = settings;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
        this.categories = categories;
    }

    @GetMapping("/discovery.{format}")
    public ResponseEntity<String> discovery(@PathVariable String format, ServerWebExchange exchange) {
        String base = exchange.getRequest().getURI().resolve("/open311/v2").toString();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", base);
        endpoint.put("changeset", settings.changeset());
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("changeset", settings.changeset());
        body.put("contact", settings.contact());
        body.put("key_service", settings.keyService());
        body.put("endpoints", List.of(endpoint));
        return GeoReportFormat.of(format).render(HttpStatus.OK, "discovery", body, json);
    }

    @GetMapping("/services.{format}")
    public ResponseEntity<String> services(@PathVariable String format) {
        List<Map<String, Object>> body = catalog.services().stream().map(service -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("service_code", service.code());
            entry.put("service_name", service.name());
            entry.put("description", service.description());
            entry.put("metadata", service.metadata());
            entry.put("type", "realtime");
            entry.put("keywords", service.keywords());
            entry.put("group", service.group());
            return entry;
        }).toList();
        return GeoReportFormat.of(format).render(HttpStatus.OK, "services", body, json);
    }

    @GetMapping("/services/{code}.{format}")
    public ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
        GeoReportFormat as = GeoReportFormat.of(format);
        Open311Service service = catalog.find(code).orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND,
                "service_code " + code + " not found"));
        List<Map<String, Object>> attributes = service.attributes().stream().map(attribute -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("variable", true);
            entry.put("code", attribute.code());
            entry.put("datatype", attribute.datatype());
            entry.put("required", attribute.required());
            entry.put("datatype_description", null);
            entry.put("order", attribute.order());
            entry.put("description", attribute.description());
            if (attribute.isList()) {
                entry.put("values", attribute.values().stream().map(Open311Controller::value).toList());
            }
            return entry;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service_code", service.code());
        body.put("attributes", attributes);
        return as.render(HttpStatus.OK, "service_definition", body, json);
    }

    @PostMapping("/requests.{format}")
    public Mono<ResponseEntity<String>> create(@PathVariable String format, ServerWebExchange exchange,
                                               @RequestHeader(name = "traceparent", required = false)
                                               String traceparent) {
        GeoReportFormat as = GeoReportFormat.of(format);
        MediaType contentType = exchange.getRequest().getHeaders().getContentType();
        if (contentType == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType)) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST,
                    "the body must be application/x-www-form-urlencoded");
        }
        String traceId = TraceIds.fromTraceparent(traceparent);
        return formOf(exchange).flatMap(form -> {
            ServiceRequestForm.Outcome outcome = ServiceRequestForm.check(form, catalog);
            if (!outcome.valid()) {
                return Mono.error(new Open311Exception(HttpStatus.BAD_REQUEST, outcome.errors()));
            }
            Open311Service service = outcome.request().service();
            return requests.create(outcome.request(), traceId).map(id -> {
                log.atInfo().addKeyValue("traceId", traceId).addKeyValue("serviceRequestId", id)
                        .addKeyValue("serviceCode", service.code()).log("open311 service request accepted");
                metrics.received(Channel.OPEN311.code(), service.categoryCode());
                Map<String, Object> created = new LinkedHashMap<>();
                created.put("service_request_id", id);
                created.put("service_notice", settings.serviceNotice());
                created.put("account_id", null);
                ResponseEntity<String> response = as.render(HttpStatus.CREATED, "service_requests", List.of(created),
                        json);
                return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                        .header(TraceIds.RESPONSE_HEADER, traceId).body(response.getBody());
            });
        });
    }

    /** The posted form; a body that is not valid url-encoding (a stray {@code %}) is the client's error. */
    private static Mono<MultiValueMap<String, String>> formOf(ServerWebExchange exchange) {
        return exchange.getFormData().onErrorMap(IllegalArgumentException.class, ex -> new Open311Exception(
                HttpStatus.BAD_REQUEST, "the body is not valid application/x-www-form-urlencoded: " + ex.getMessage()));
    }

    @GetMapping("/requests.{format}")
    public Mono<ResponseEntity<String>> search(@PathVariable String format,
                                               @RequestParam MultiValueMap<String, String> parameters) {
        GeoReportFormat as = GeoReportFormat.of(format);
        ReportQuery query = query(parameters);
        return requests.search(query).map(this::request).collectList()
                .map(found -> as.render(HttpStatus.OK, "service_requests", found, json));
    }

    @GetMapping("/requests/{id}.{format}")
    public Mono<ResponseEntity<String>> request(@PathVariable String id, @PathVariable String format) {
        GeoReportFormat as = GeoReportFormat.of(format);
        return requests.find(id)
                .switchIfEmpty(Mono.error(() -> new Open311Exception(HttpStatus.NOT_FOUND,
                        "service_request_id " + id + " not found")))
                .map(view -> as.render(HttpStatus.OK, "service_requests", List.of(request(view)), json));
    }

    @GetMapping("/tokens/{token}.{format}")
    public Mono<ResponseEntity<String>> token(@PathVariable String token, @PathVariable String format) {
        GeoReportFormat as = GeoReportFormat.of(format);
        return requests.serviceRequestIdOfToken(token)
                .switchIfEmpty(Mono.error(() -> new Open311Exception(HttpStatus.NOT_FOUND,
                        "token " + token + " not found")))
                .map(id -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("service_request_id", id);
                    entry.put("token", token);
                    return as.render(HttpStatus.OK, "service_requests", List.of(entry), json);
                });
    }

    private ReportQuery query(MultiValueMap<String, String> parameters) {
        List<String> ids = commaList(parameters.getFirst("service_request_id"));
        if (!ids.isEmpty()) {
            return new ReportQuery(Channel.OPEN311, ids, null, null, null, null, MAX_REQUESTS);
        }
        Instant start = date(parameters, "start_date");
        Instant end = date(parameters, "end_date");
        if (start == null && end == null) {
            end = clock.instant();
        }
        if (start == null) {
            start = end.minus(MAX_WINDOW);
        } else if (end == null) {
            end = start.plus(MAX_WINDOW);
        }
        if (end.isBefore(start)) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "end_date is before start_date");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, "start_date and end_date may be at most 90 days apart");
        }
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        for (String status : commaList(parameters.getFirst("status"))) {
            if (!status.equals("open") && !status.equals("closed")) {
                throw new Open311Exception(HttpStatus.BAD_REQUEST, "status must be open or closed, not " + status);
            }
            statuses.addAll(RequestState.statusesOf(status));
        }
        // end_date is inclusive in GeoReport; the query's upper bound is exclusive.
        return new ReportQuery(Channel.OPEN311, null, commaList(parameters.getFirst("service_code")), start,
                end.plusMillis(1), statuses, MAX_REQUESTS);
    }

    private Map<String, Object> request(ReportView view) {
        String serviceCode = view.source() == null ? null : view.source().sourceCategory();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("service_request_id", view.sourceTicketId());
        entry.put("status", RequestState.status(view.status()));
        Optional<ExpectedCompletion> expected = ExpectedCompletion.of(view,
                categories.handlingLimit(view.categoryCode()), settings.zone());
        entry.put("status_notes", RequestState.notes(view, expected));
        entry.put("service_name", catalog.find(serviceCode).map(Open311Service::name).orElse(null));
        entry.put("service_code", serviceCode);
        entry.put("description", view.description());
        entry.put("agency_responsible", view.team() == null ? null : view.team().name());
        entry.put("service_notice", settings.serviceNotice());
        entry.put("requested_datetime", settings.format(view.receivedAt()));
        entry.put("updated_datetime", settings.format(view.updatedAt() == null ? view.receivedAt() : view.updatedAt()));
        entry.put("expected_datetime", expected.map(completion -> settings.format(completion.at())).orElse(null));
        entry.put("address", view.address());
        entry.put("address_id", null);
        entry.put("zipcode", null);
        entry.put("lat", view.location() == null ? null : view.location().lat());
        entry.put("long", view.location() == null ? null : view.location().lon());
        entry.put("media_url", view.source() == null ? null
                : view.source().photos().stream().map(PhotoRef::uri).findFirst().orElse(null));
        return entry;
    }

    private Instant date(MultiValueMap<String, String> parameters, String name) {
        String text = parameters.getFirst(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant date;
        try {
            date = OffsetDateTime.parse(withOffsetSign(text.strip()), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST,
                    name + " must be a W3C date and time with offset, such as 2026-11-23T08:00:00+08:00");
        }
        if (!StorableInstantValidator.storable(date)) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, name + " must lie between 1970 and 9999");
        }
        return date;
    }

    /**
     * A {@code +} left unencoded in a query string arrives as a space; clients send the service's own dates back
     * that way ({@code 2026-11-23T08:00:00+08:00}).
     */
    private static String withOffsetSign(String date) {
        return UNENCODED_OFFSET_SIGN.matcher(date).replaceFirst("+$1");
    }

    private static List<String> commaList(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }

    private static Map<String, Object> value(ServiceAttribute.Value value) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", value.key());
        entry.put("name", value.name());
        return entry;
    }

}
