package city.gridline.notification.followup;

import city.gridline.notification.callback.application.Callbacks;
import city.gridline.notification.config.NotificationProperties;
import city.gridline.notification.register.application.CaseRegister;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.delivery.application.TeamMessages;
import city.gridline.notification.followup.application.CaseStepFollowUp;
import city.gridline.notification.followup.application.DispatchedCaseFollowUp;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean
    DispatchedCaseFollowUp dispatchedCaseFollowUp(CaseDeadlines deadlines, TeamMessages teams,
                                                  NotificationProperties properties) {
        return new DispatchedCaseFollowUp(deadlines, teams, properties.deadline().defaultLimit(), properties.zone());
    }

    @Bean
    CaseStepFollowUp caseStepFollowUp(DispatchedCaseFollowUp dispatched, CaseDeadlines deadlines, Callbacks callbacks,
                                      CaseRegister register) {
        return new CaseStepFollowUp(dispatched, deadlines, callbacks, register);
    }
}
