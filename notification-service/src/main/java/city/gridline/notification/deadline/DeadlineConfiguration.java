package city.gridline.notification.deadline;

import city.gridline.notification.calendar.domain.WorkingCalendar;
import city.gridline.notification.config.NotificationProperties;
import city.gridline.notification.deadline.adapter.mongo.MongoDeadlineStore;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.deadline.domain.DeadlineClock;
import city.gridline.notification.deadline.domain.DeadlineRules;
import city.gridline.notification.deadline.domain.EscalationLadder;
import city.gridline.notification.deadline.domain.EscalationStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DeadlineRules deadlineRules(WorkingCalendar calendar, NotificationProperties properties) {
        NotificationProperties.Deadline deadline = properties.deadline();
        EscalationLadder ladder = new EscalationLadder(deadline.escalation().entrySet().stream()
                .map(step -> new EscalationStep(step.getKey(), step.getValue()))
                .toList());
        return new DeadlineRules(new DeadlineClock(calendar, properties.zone()), deadline.warningShare(), ladder);
    }

    @Bean
    CaseDeadlines caseDeadlines(ReactiveMongoTemplate mongo, DeadlineRules rules, Clock clock) {
        return new CaseDeadlines(new MongoDeadlineStore(mongo), rules, clock);
    }
}
