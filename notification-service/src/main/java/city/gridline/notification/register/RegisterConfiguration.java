package city.gridline.notification.register;

import city.gridline.notification.register.adapter.mongo.MongoCaseRecordStore;
import city.gridline.notification.register.application.CaseRegister;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class RegisterConfiguration {

    @Bean
    MongoCaseRecordStore caseRecordStore(ReactiveMongoTemplate mongo) {
        return new MongoCaseRecordStore(mongo);
    }

    @Bean
    CaseRegister caseRegister(MongoCaseRecordStore store) {
        return new CaseRegister(store);
    }
}
