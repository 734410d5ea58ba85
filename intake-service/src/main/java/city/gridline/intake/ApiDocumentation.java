package city.gridline.intake;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The intake API — every channel, report status, the 12345 classification list, Open311 GeoReport v2 — as OpenAPI 3
 * at /v3/api-docs, with an example request for every channel.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String OPEN311_CREATE = "/open311/v2/requests.{format}";

    /** Example bodies by path, the ones of the README's curl examples. */
    private static final Map<String, String> JSON_EXAMPLES = Map.of(
            "/api/v1/reports", """
                    {"channel": "12319", "sourceTicketId": "12319-20261123-0001", "categoryCode": "0101",
                     "description": "井盖破损", "location": {"lon": 116.455, "lat": 39.937, "crs": "GCJ02"},
                     "address": "朝阳区工人体育场北路", "reporter": {"name": "张三", "phone": "13812345678"}}""",
            "/api/v1/channels/12345/tickets", """
                    {"ticketNumber": "BJ12345-20261123-000871", "categoryPath": "城市管理/市容环境/占道经营",
                     "content": "小区门口早市摊贩占道", "address": "朝阳区团结湖路",
                     "caller": {"name": "李*", "phone": "139****0000"}, "deadline": "2026-11-30T17:00:00+08:00"}""",
            "/api/v1/channels/110/transfers", """
                    {"incidentNumber": "110-20261123-004512", "transferredAt": "2026-11-23T21:40:00+08:00",
                     "categoryText": "噪音扰民", "content": "广场舞音响声音过大", "address": "朝阳区团结湖公园南门",
                     "location": {"lon": 116.468, "lat": 39.929, "crs": "GCJ02"}}""",
            "/api/v1/channels/field/reports", """
                    {"supervisorId": "SV-0042", "clientReportId": "7f3c9a1e", "categoryCode": "0101",
                     "position": {"lon": 116.4489, "lat": 39.9384}, "description": "上水井盖缺失",
                     "deviceTime": "2026-11-23T08:15:00+08:00",
                     "photos": [{"uri": "https://evidence.example/p/1.jpg",
                                 "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                                 "sizeBytes": 524288, "contentType": "image/jpeg"}]}""");

    @Bean
    OpenAPI intakeApi() {
        return new OpenAPI().info(new Info()
                .title("Gridline intake service")
                .version("v1")
                .description("Reports from the 12319 and 12345 hotlines, 110 transfers, field supervisors and Open311 "
                        + "GeoReport v2 clients, each filed once per channel and source ticket; report status through "
                        + "the case's lifecycle, by report id or by ticket. Errors are RFC 9457 problem details (Open311: "
                        + "the spec's error lists); 413 for a body over the size limit, 429 with Retry-After for a "
                        + "client over its rate (per X-Api-Key or Open311 api_key, else per address)."));
    }

    /** springdoc cannot see the bodies' examples, nor the Open311 form the endpoint reads from the exchange. */
    @Bean
    OpenApiCustomizer channelExamples() {
        JsonMapper json = new JsonMapper();
        return api -> {
            JSON_EXAMPLES.forEach((path, example) -> post(api, path).ifPresent(operation -> {
                MediaType body = operation.getRequestBody().getContent()
                        .get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
                body.addExamples(channelOf(path), new Example().value(json.readValue(example, LinkedHashMap.class)));
            }));
            post(api, OPEN311_CREATE).ifPresent(operation -> operation.requestBody(open311Form()));
        };
    }

    private static java.util.Optional<Operation> post(OpenAPI api, String path) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
        return java.util.Optional.ofNullable(item).map(PathItem::getPost)
                .filter(operation -> operation.getRequestBody() != null || path.equals(OPEN311_CREATE));
    }

    private static String channelOf(String path) {
        return path.equals("/api/v1/reports") ? "12319" : path.split("/")[4];
    }

    private static RequestBody open311Form() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("api_key", "demo-key");
        example.put("service_code", "street-vending");
        example.put("lat", "39.9375");
        example.put("long", "116.4490");
        example.put("description", "早市摊贩占道");
        example.put("attribute[GOODS][]", "fruit");
        ObjectSchema form = new ObjectSchema();
        for (String field : new String[] {"api_key", "service_code", "lat", "long", "address_string", "description",
                "media_url", "first_name", "last_name", "phone", "email", "device_id", "account_id"}) {
            form.addProperty(field, new StringSchema());
        }
        form.addRequiredItem("api_key").addRequiredItem("service_code");
        return new RequestBody().required(true)
                .description("GeoReport v2 service request, form-posted; attribute[CODE] and attribute[CODE][] "
                        + "carry the service's attributes")
                .content(new Content().addMediaType(
                        org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                        new MediaType().schema(form).addExamples("open311", new Example().value(example))));
    }
}
