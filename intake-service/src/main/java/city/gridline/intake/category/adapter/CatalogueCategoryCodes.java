package city.gridline.intake.category.adapter;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.category.Category;
import city.gridline.contracts.category.CategoryCatalogue;
import city.gridline.intake.category.application.CategoryCodes;

import java.util.Optional;

/**
 * Knows the codes of the category catalogue that ships in contracts. Minor classes an administrator adds later
 * through dispatch's catalogue API reach intake with the next release of contracts.
 */
public class CatalogueCategoryCodes implements CategoryCodes {

    private final CategoryCatalogue catalogue;

    public CatalogueCategoryCodes(CategoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean isKnown(String code) {
        return code != null && catalogue.contains(code);
    }

    @Override
    public Optional<TimeLimit> handlingLimit(String code) {
        return code == null ? Optional.empty() : catalogue.find(code).map(Category::normalLimit);
    }
}
