package city.gridline.intake.category;

import city.gridline.contracts.Topics;
import city.gridline.contracts.category.Category;
import city.gridline.contracts.category.CategoryCatalogue;
import city.gridline.contracts.category.EnforcementScope;
import city.gridline.contracts.event.CategoryChanged;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** A minor class an administrator adds in dispatch's catalogue reaches intake through {@code catalogue.events}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CatalogueFollowingIT extends ServiceIntegrationTest {

    /** Not in the bundled catalogue: a new minor class of major class 05 (街面秩序), like 200503. */
    private static final String NEW_CODE = "200598";

    @Autowired
    WebTestClient http;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void aCategoryAddedByAnAdministratorIsAcceptedOnceItsChangeArrives() {
        String refusedTicket = "12319-" + UUID.randomUUID();
        submit(refusedTicket).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("categoryCode");

        Category model = CategoryCatalogue.bundled().find("200503").orElseThrow();
        Category added = new Category(NEW_CODE, model.kind(), model.majorCode(), model.majorName(), "共享单车乱停放",
                "Dockless bicycles parked in the way", model.filingCondition(), model.closingCondition(),
                model.normalLimit(), model.urgentLimit(), model.signLimitMinutes(), model.responsibleUnit(),
                EnforcementScope.INSIDE, null, model.districtLevel());
        CategoryChanged change = new CategoryChanged(1_000_000L, added, "新增小类", "admin", Instant.now());
        topics.send(Topics.CATALOGUE_EVENTS, NEW_CODE, new EventCodec().encode(EventEnvelope.wrap(change,
                UUID.randomUUID().toString(), Instant.now(), "0af7651916cd43dd8448eb211c80319c", "test")), Map.of());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                submit("12319-" + UUID.randomUUID()).expectStatus().isAccepted());
    }

    private WebTestClient.ResponseSpec submit(String ticket) {
        return http.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"channel": "12319", "sourceTicketId": "%s", "categoryCode": "%s",
                 "description": "共享单车堆在盲道上", "location": {"lon": 116.4550, "lat": 39.9370, "crs": "GCJ02"}}"""
                .formatted(ticket, NEW_CODE)).exchange();
    }
}
