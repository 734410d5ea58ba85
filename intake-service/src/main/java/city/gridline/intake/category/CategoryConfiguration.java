package city.gridline.intake.category;

import city.gridline.contracts.category.CategoryCatalogue;
import city.gridline.intake.category.adapter.CatalogueCategoryCodes;
import city.gridline.intake.category.application.CategoryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The category codes reports may be filed under: the catalogue's. */
@Configuration(proxyBeanMethods = false)
public class CategoryConfiguration {

    @Bean
    CategoryCodes categoryCodes() {
        return new CatalogueCategoryCodes(CategoryCatalogue.bundled());
    }
}
