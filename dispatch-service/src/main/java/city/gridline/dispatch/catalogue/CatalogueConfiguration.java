package city.gridline.dispatch.catalogue;

import city.gridline.contracts.event.CategoryChanged;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.catalogue.adapter.mongo.MongoCatalogueStore;
import city.gridline.dispatch.catalogue.application.CatalogueAdministration;
import city.gridline.dispatch.catalogue.application.CatalogueChangePublisher;
import city.gridline.servicekit.EventMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/** Wiring of the category catalogue: stored in MongoDB, changes announced through {@code catalogueEvents-out-0}. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

    @Bean
    CatalogueAdministration catalogueAdministration(ReactiveMongoTemplate mongo, EventMessages messages,
                                                    Clock clock) {
        CatalogueChangePublisher publisher = (EventEnvelope<CategoryChanged> change) ->
                messages.publish("catalogueEvents-out-0", change);
        CatalogueAdministration catalogue = new CatalogueAdministration(new MongoCatalogueStore(mongo), publisher,
                clock);
        catalogue.load().block();
        return catalogue;
    }

    @Bean
    CatalogueRefresh catalogueRefresh(CatalogueAdministration catalogue) {
        return new CatalogueRefresh(catalogue);
    }

    /** Reloads the stored catalogue, so that a change made through another instance reaches this one too. */
    static class CatalogueRefresh {

        private final CatalogueAdministration catalogue;

        CatalogueRefresh(CatalogueAdministration catalogue) {
            this.catalogue = catalogue;
        }

        @Scheduled(fixedDelayString = "${gridline.dispatch.catalogue-refresh}")
        void refresh() {
            try {
                catalogue.load().block();
            } catch (RuntimeException e) {
                log.atWarn().setCause(e).log("catalogue reload failed; the loaded one stays in force");
            }
        }
    }
}
