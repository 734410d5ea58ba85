package city.gridline.notification.staffing;

import city.gridline.contracts.event.EventCodec;
import city.gridline.notification.staffing.adapter.kafka.StaffingListener;
import city.gridline.notification.staffing.adapter.mongo.MongoStaffingRegister;
import city.gridline.notification.staffing.adapter.scheduling.StaffingRefreshSchedule;
import city.gridline.notification.staffing.application.StaffingChecks;
import city.gridline.notification.staffing.application.StaffingGauges;
import city.gridline.notification.staffing.domain.StaffingPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.util.function.Consumer;

/**
 * Wiring of the staffing check against the 2017 seed policy; {@code gridPopulation} and {@code teamRosters} are the
 * bindings' names in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class StaffingConfiguration {

    @Bean
    MongoStaffingRegister staffingRegister(ReactiveMongoTemplate mongo) {
        return new MongoStaffingRegister(mongo);
    }

    @Bean
    StaffingListener staffingListener(MongoStaffingRegister register, EventCodec codec) {
        return new StaffingListener(register, codec);
    }

    @Bean
    Consumer<byte[]> gridPopulation(StaffingListener listener) {
        return listener::onPopulation;
    }

    @Bean
    Consumer<byte[]> teamRosters(StaffingListener listener) {
        return listener::onRoster;
    }

    @Bean
    StaffingChecks staffingChecks(MongoStaffingRegister register) {
        return new StaffingChecks(register, StaffingPolicy.SEED_2017);
    }

    @Bean
    StaffingGauges staffingGauges(StaffingChecks checks, MeterRegistry registry) {
        return new StaffingGauges(checks, registry);
    }

    @Bean
    StaffingRefreshSchedule staffingRefreshSchedule(StaffingGauges gauges) {
        return new StaffingRefreshSchedule(gauges);
    }
}
