package city.gridline.notification.deadline;

import city.gridline.notification.calendar.domain.WorkingCalendar;
import city.gridline.notification.config.NotificationProperties;
import city.gridline.notification.deadline.adapter.mongo.MongoDeadlineStore;
import city.gridline.notification.deadline.adapter.scheduling.DeadlineWatchSchedule;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.contracts.event.EventCodec;
import city.gridline.notification.deadline.application.DeadlineAlerts;
import city.gridline.notification.deadline.application.DeadlineAnnouncer;
import city.gridline.notification.deadline.application.DeadlineMetrics;
import city.gridline.notification.deadline.application.DeadlineRecount;
import city.gridline.notification.deadline.application.DeadlineStepRelay;
import city.gridline.notification.deadline.application.DeadlineWatcher;
import city.gridline.notification.deadline.domain.DeadlineClock;
import city.gridline.notification.deadline.domain.DeadlineRules;
import city.gridline.notification.deadline.domain.EscalationLadder;
import city.gridline.notification.deadline.domain.EscalationStep;
import city.gridline.notification.delivery.adapter.email.SmtpEmailSender;
import city.gridline.notification.delivery.application.TeamMessages;
import city.gridline.notification.events.application.NotificationEventPublisher;
import city.gridline.notification.register.application.CaseRegister;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadlineConfiguration.class);

    @Bean
    DeadlineRules deadlineRules(WorkingCalendar calendar, NotificationProperties properties) {
        NotificationProperties.Deadline deadline = properties.deadline();
        EscalationLadder ladder = new EscalationLadder(deadline.escalation().entrySet().stream()
                .map(step -> new EscalationStep(step.getKey(), step.getValue()))
                .toList());
        return new DeadlineRules(new DeadlineClock(calendar, properties.zone()), deadline.warningShare(), ladder);
    }

    @Bean
    MongoDeadlineStore deadlineStore(ReactiveMongoTemplate mongo) {
        return new MongoDeadlineStore(mongo);
    }

    @Bean
    CaseDeadlines caseDeadlines(MongoDeadlineStore store, DeadlineRules rules, Clock clock) {
        return new CaseDeadlines(store, rules, clock);
    }

    @Bean
    DeadlineAlerts deadlineAlerts(TeamMessages messages, NotificationProperties properties,
                                  ObjectProvider<SmtpEmailSender> email) {
        return new DeadlineAlerts(messages, properties.commandCentrePhone(),
                List.copyOf(new TreeSet<>(properties.webhooks().keySet())), mailboxes(properties, email),
                properties.zone());
    }

    @Bean
    DeadlineAnnouncer deadlineAnnouncer(NotificationEventPublisher publisher, DeadlineAlerts alerts,
                                        MongoDeadlineStore store) {
        return new DeadlineAnnouncer(publisher, alerts, store);
    }

    @Bean
    DeadlineMetrics deadlineMetrics(MeterRegistry registry) {
        return new DeadlineMetrics(registry);
    }

    @Bean
    DeadlineWatcher deadlineWatcher(MongoDeadlineStore store, DeadlineRules rules, CaseRegister register,
                                    DeadlineAnnouncer announcer, DeadlineMetrics metrics, EventCodec codec) {
        return new DeadlineWatcher(store, rules, register, announcer, metrics, codec);
    }

    @Bean
    DeadlineStepRelay deadlineStepRelay(MongoDeadlineStore store, DeadlineAnnouncer announcer, EventCodec codec,
                                        NotificationProperties properties) {
        return new DeadlineStepRelay(store, announcer, codec, properties.deadline().outboxRelayAfter());
    }

    /** Nobody is e-mailed without an SMTP server: the mails would only end dead. */
    private static DeadlineAlerts.Mailboxes mailboxes(NotificationProperties properties,
                                                      ObjectProvider<SmtpEmailSender> email) {
        NotificationProperties.Email mail = properties.email();
        if (email.getIfAvailable() == null) {
            if (!mail.supervisionRecipients().isEmpty() || !mail.publicReportRecipients().isEmpty()) {
                log.atWarn().log("e-mail recipients are configured but no SMTP server (spring.mail.host): no e-mail");
            }
            return DeadlineAlerts.Mailboxes.NONE;
        }
        return new DeadlineAlerts.Mailboxes(mail.supervisionRecipients(), mail.publicReportRecipients());
    }

    @Bean
    DeadlineRecount deadlineRecount(MongoDeadlineStore store, DeadlineRules rules) {
        return new DeadlineRecount(store, rules);
    }

    @Bean
    DeadlineWatchSchedule deadlineWatchSchedule(DeadlineRecount recount, DeadlineWatcher watcher, Clock clock,
                                                NotificationProperties properties) {
        Duration interval = properties.deadline().watchInterval();
        return new DeadlineWatchSchedule(recount, watcher, clock, interval.compareTo(Duration.ofMinutes(1)) > 0
                ? interval : Duration.ofMinutes(1));
    }
}
