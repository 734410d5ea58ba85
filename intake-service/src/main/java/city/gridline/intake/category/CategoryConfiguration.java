package city.gridline.intake.category;

import city.gridline.contracts.category.CategoryCatalogue;
import city.gridline.intake.category.adapter.CatalogueCategoryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The category codes reports may be filed under: the catalogue's, kept up to date from {@code catalogue.events}. */
@Configuration(proxyBeanMethods = false)
public class CategoryConfiguration {

    @Bean
    CatalogueCategoryCodes categoryCodes() {
        return new CatalogueCategoryCodes(CategoryCatalogue.bundled());
    }
}
