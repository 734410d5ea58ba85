package city.gridline.intake.category;

import city.gridline.intake.category.adapter.CodeSchemeCategoryCodes;
import city.gridline.intake.category.application.CategoryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CategoryConfiguration {

    @Bean
    CategoryCodes categoryCodes() {
        return new CodeSchemeCategoryCodes();
    }
}
