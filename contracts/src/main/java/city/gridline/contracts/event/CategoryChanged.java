package city.gridline.contracts.event;

import city.gridline.contracts.category.Category;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.catalogue.category-changed.v1}, on {@code catalogue.events}: an administrator added or changed a
 * minor class of the category catalogue; {@code catalogueVersion} counts every change to the catalogue.
 */
public record CategoryChanged(long catalogueVersion, Category category, String reason, String actor,
                              Instant changedAt) implements GridlineEvent {

    public CategoryChanged {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return category.code();
    }
}
