package city.gridline.dispatch.catalogue.application;

import city.gridline.contracts.event.CategoryChanged;
import city.gridline.contracts.event.EventEnvelope;

/** Announces a change of the catalogue on {@code catalogue.events}. */
public interface CatalogueChangePublisher {

    void publish(EventEnvelope<CategoryChanged> change);
}
