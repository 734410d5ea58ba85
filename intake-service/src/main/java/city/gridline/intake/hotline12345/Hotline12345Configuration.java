package city.gridline.intake.hotline12345;

import city.gridline.intake.category.adapter.SourceCategoryMappings;
import city.gridline.intake.hotline12345.adapter.mongo.MongoUnclassifiedTickets;
import city.gridline.intake.hotline12345.application.WorkOrderIntake;
import city.gridline.intake.report.application.ReportIntake;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Clock;

/** Wiring of the 12345 hand-off; the category mapping file is a setting so a city can keep its own. */
@Configuration(proxyBeanMethods = false)
class Hotline12345Configuration {

    @Bean
    WorkOrderIntake workOrderIntake(ReportIntake intake, ReactiveMongoTemplate mongo, Clock clock,
                                    @Value("${gridline.intake.12345.category-mapping:channels/12345-categories.tsv}")
                                    String mapping) {
        return new WorkOrderIntake(intake, new MongoUnclassifiedTickets(mongo), SourceCategoryMappings.load(mapping),
                clock);
    }
}
