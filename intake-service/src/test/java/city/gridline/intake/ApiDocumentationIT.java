package city.gridline.intake;

import city.gridline.testkit.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The OpenAPI document lists every channel's path, each with an example request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ApiDocumentationIT extends ServiceIntegrationTest {

    private static final String JSON = "['application/json']";

    @Autowired
    WebTestClient http;

    @Test
    void everyChannelIsDocumentedWithAnExampleRequest() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Gridline intake service")
                .jsonPath("$.paths['/api/v1/reports'].post.requestBody.content" + JSON + ".examples['12319'].value"
                        + ".channel").isEqualTo("12319")
                .jsonPath("$.paths['/api/v1/channels/12345/tickets'].post.requestBody.content" + JSON
                        + ".examples['12345'].value.ticketNumber").isEqualTo("BJ12345-20261123-000871")
                .jsonPath("$.paths['/api/v1/channels/110/transfers'].post.requestBody.content" + JSON
                        + ".examples['110'].value.incidentNumber").isEqualTo("110-20261123-004512")
                .jsonPath("$.paths['/api/v1/channels/field/reports'].post.requestBody.content" + JSON
                        + ".examples['field'].value.supervisorId").isEqualTo("SV-0042")
                .jsonPath("$.paths['/open311/v2/requests.{format}'].post.requestBody"
                        + ".content['application/x-www-form-urlencoded'].examples['open311'].value.service_code")
                .isEqualTo("street-vending")
                .jsonPath("$.paths['/api/v1/reports/{reportId}'].get").exists()
                .jsonPath("$.paths['/open311/v2/services.{format}'].get").exists();
    }
}
