package city.gridline.grid;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The grid administrator's API as OpenAPI 3, served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI gridApi() {
        return new OpenAPI().info(new Info()
                .title("Gridline grid service")
                .version("v1")
                .description("Grid layers of unit grid cells (单元网格): versions, import and export as GeoJSON, "
                        + "activation, cells by code, point or community, resident teams, and the manual-triage "
                        + "list of reports that need a person. Errors are RFC 9457 problem details."));
    }
}
