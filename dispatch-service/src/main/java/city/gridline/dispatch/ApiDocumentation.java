package city.gridline.dispatch;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dispatch API — cases, the field teams' mobile backend, the command centre — as OpenAPI 3 at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI dispatchApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Gridline dispatch service")
                        .version("v1")
                        .description("Cases and their audit trail; the field teams' mobile backend (my tasks, sign, "
                                + "check in, evidence, resolve, return, extension, verify — each with a client "
                                + "operation id that acts once, device time, and If-Match on the case's ETag); "
                                + "the command centre's queues and commands; the category catalogue, teams, "
                                + "members and duty rosters. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A token of the city's identity provider; its subject is the member's id")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
