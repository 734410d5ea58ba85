package city.gridline.intake.category.adapter.kafka;

import city.gridline.contracts.event.CategoryChanged;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.intake.category.adapter.CatalogueCategoryCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code catalogue.events}, a compacted topic that every intake instance reads from its start (an anonymous
 * consumer group), so that each one knows every category an administrator has added, also after a restart.
 */
public class CatalogueChangeListener {

    private static final Logger log = LoggerFactory.getLogger(CatalogueChangeListener.class);

    private final CatalogueCategoryCodes codes;
    private final EventCodec codec;

    public CatalogueChangeListener(CatalogueCategoryCodes codes, EventCodec codec) {
        this.codes = codes;
        this.codec = codec;
    }

    public void onCatalogueEvent(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof CategoryChanged change)) {
            throw new UndecodableEventException(event.type() + " does not belong on catalogue.events");
        }
        codes.apply(change);
        log.info("category {} ({}) now as of catalogue version {}", change.category().code(),
                change.category().name(), change.catalogueVersion());
    }
}
