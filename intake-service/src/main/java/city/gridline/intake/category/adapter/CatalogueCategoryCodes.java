package city.gridline.intake.category.adapter;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.category.Category;
import city.gridline.contracts.category.CategoryCatalogue;
import city.gridline.contracts.event.CategoryChanged;
import city.gridline.intake.category.application.CategoryCodes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows the codes of the category catalogue: the one that ships in contracts, and every minor class an
 * administrator has added or changed since through dispatch's catalogue API, learned from {@code catalogue.events}.
 * A change carries the catalogue's version, so one replayed out of order never undoes a later one.
 */
public class CatalogueCategoryCodes implements CategoryCodes {

    private final CategoryCatalogue bundled;
    private final Map<String, Change> changed = new ConcurrentHashMap<>();

    public CatalogueCategoryCodes(CategoryCatalogue bundled) {
        this.bundled = bundled;
    }

    @Override
    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    @Override
    public Optional<TimeLimit> handlingLimit(String code) {
        return find(code).map(Category::normalLimit);
    }

    /** Takes an administrator's change into account from now on, unless a later version is known already. */
    public void apply(CategoryChanged change) {
        changed.merge(change.category().code(), new Change(change.catalogueVersion(), change.category()),
                (known, incoming) -> incoming.version() >= known.version() ? incoming : known);
    }

    private Optional<Category> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Change change = changed.get(code);
        return change != null ? Optional.of(change.category()) : bundled.find(code);
    }

    private record Change(long version, Category category) {
    }
}
