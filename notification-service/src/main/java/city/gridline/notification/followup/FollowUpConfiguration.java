package city.gridline.notification.followup;

import city.gridline.notification.config.NotificationProperties;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.delivery.application.Deliveries;
import city.gridline.notification.followup.application.DispatchedCaseFollowUp;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean
    DispatchedCaseFollowUp dispatchedCaseFollowUp(CaseDeadlines deadlines, Deliveries deliveries,
                                                  NotificationProperties properties, MeterRegistry registry) {
        return new DispatchedCaseFollowUp(deadlines, deliveries, properties.deadline().defaultLimit(),
                properties.teamPhones(), properties.zone(), registry);
    }
}
