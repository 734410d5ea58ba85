package city.gridline.intake.police110;

import city.gridline.intake.category.adapter.SourceCategoryMappings;
import city.gridline.intake.category.domain.SourceCategoryMapping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class Police110Configuration {

    @Bean
    SourceCategoryMapping police110Categories(
            @Value("${gridline.intake.110.category-mapping:channels/110-categories.tsv}") String mapping) {
        return SourceCategoryMappings.load(mapping);
    }
}
