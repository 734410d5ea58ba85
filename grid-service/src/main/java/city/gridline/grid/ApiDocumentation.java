package city.gridline.grid;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** The grid administrator's API as OpenAPI 3, served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        // A JsonNode body (layer and zone uploads) is a GeoJSON object; springdoc would list JsonNode's getters
        // (nodeType, array, …) as its properties.
        ObjectSchema geoJson = new ObjectSchema();
        geoJson.description("a GeoJSON FeatureCollection");
        geoJson.addProperty("type", new StringSchema()._enum(List.of("FeatureCollection")));
        geoJson.addProperty("features", new ArraySchema().items(new ObjectSchema().description("a GeoJSON Feature")));
        geoJson.required(List.of("type", "features"));
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, geoJson);
    }

    @Bean
    OpenAPI gridApi() {
        return new OpenAPI().info(new Info()
                .title("Gridline grid service")
                .version("v1")
                .description("Grid layers of unit grid cells (单元网格): versions, import and export as GeoJSON, "
                        + "activation, cells by code, point or community, resident teams, and the manual-triage "
                        + "list of reports that need a person, who places an unlocatable report at a point or "
                        + "confirms a placement from an address. Errors are RFC 9457 problem details."));
    }
}
