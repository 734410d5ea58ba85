package city.gridline.intake.category;

import city.gridline.contracts.event.EventCodec;
import city.gridline.intake.category.adapter.CatalogueCategoryCodes;
import city.gridline.intake.category.adapter.kafka.CatalogueChangeListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/** The {@code catalogueEvents} binding: administrators' catalogue changes, applied to the category codes. */
@Configuration(proxyBeanMethods = false)
class CatalogueEventsConfiguration {

    @Bean
    Consumer<byte[]> catalogueEvents(CatalogueCategoryCodes codes, EventCodec codec) {
        return new CatalogueChangeListener(codes, codec)::onCatalogueEvent;
    }
}
