package city.gridline.dispatch.cases;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.EventCodec;
import city.gridline.dispatch.catalogue.application.CatalogueAdministration;
import city.gridline.dispatch.cases.adapter.kafka.KafkaCaseEventPublisher;
import city.gridline.dispatch.cases.adapter.kafka.NotificationEventListener;
import city.gridline.dispatch.cases.adapter.kafka.ReportLocationListener;
import city.gridline.dispatch.cases.adapter.mongo.MongoCaseStore;
import city.gridline.dispatch.cases.adapter.mongo.MongoEvidenceStore;
import city.gridline.dispatch.cases.adapter.mongo.OpenCaseGauges;
import city.gridline.dispatch.cases.application.CallbackReopening;
import city.gridline.dispatch.cases.application.CaseCommands;
import city.gridline.dispatch.cases.application.CaseOpening;
import city.gridline.dispatch.cases.application.CasePublication;
import city.gridline.dispatch.cases.application.CaseStore;
import city.gridline.dispatch.cases.application.CaseWork;
import city.gridline.dispatch.cases.application.DispatchDecisions;
import city.gridline.dispatch.cases.application.EvidenceStore;
import city.gridline.dispatch.cases.application.SignWatch;
import city.gridline.dispatch.cases.domain.AssignmentPlanner;
import city.gridline.dispatch.cases.domain.DeviceTime;
import city.gridline.dispatch.cases.domain.ReopenPolicy;
import city.gridline.dispatch.teams.application.TeamDirectory;
import city.gridline.servicekit.EventMessages;
import city.gridline.servicekit.PipelineLatency;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Wiring of the cases feature. The function bean name is the binding's name in application.yml. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CasesConfiguration {

    @Bean
    MongoCaseStore caseStore(ReactiveMongoTemplate mongo, EventCodec codec, Clock clock) {
        return new MongoCaseStore(mongo, codec, clock);
    }

    @Bean
    MongoEvidenceStore evidenceStore(ReactiveMongoTemplate mongo, Clock clock) {
        return new MongoEvidenceStore(mongo, clock);
    }

    @Bean
    CasePublication casePublication(CaseStore store, EventMessages messages, Clock clock,
                                    @Value("${gridline.dispatch.outbox-relay-after}") Duration relayAfter) {
        return new CasePublication(store, new KafkaCaseEventPublisher(messages), clock, relayAfter);
    }

    @Bean
    DispatchDecisions dispatchDecisions(CatalogueAdministration catalogue, TeamDirectory directory, CaseStore store,
                                        Clock clock,
                                        @Value("${gridline.dispatch.default-handling-limit}") String handlingLimit,
                                        @Value("${gridline.dispatch.default-sign-limit}") Duration signLimit) {
        return new DispatchDecisions(catalogue, directory, store, new AssignmentPlanner(), clock,
                new DispatchDecisions.Defaults(TimeLimit.parse(handlingLimit), signLimit));
    }

    @Bean
    CaseOpening caseOpening(CaseStore store, CasePublication publication, DispatchDecisions decisions, Clock clock,
                            @Value("${gridline.city-zone}") ZoneId cityZone) {
        return new CaseOpening(store, publication, decisions, clock, cityZone);
    }

    @Bean
    CaseWork caseWork(CaseStore store, CasePublication publication, DispatchDecisions decisions,
                      EvidenceStore evidence, Clock clock,
                      @Value("${gridline.dispatch.device-time.allowed-skew}") Duration allowedSkew,
                      @Value("${gridline.dispatch.device-time.longest-offline}") Duration longestOffline,
                      @Value("${gridline.dispatch.check-in-radius-metres}") double checkInRadius) {
        return new CaseWork(new CaseCommands(store, publication, clock), decisions, store, evidence,
                new DeviceTime(allowedSkew, longestOffline), checkInRadius);
    }

    @Bean
    SignWatch signWatch(CaseStore store, CaseWork work, MeterRegistry registry) {
        return new SignWatch(store, work, registry);
    }

    @Bean
    CaseClocks caseClocks(SignWatch signWatch, CasePublication publication, Clock clock) {
        return new CaseClocks(signWatch, publication, clock);
    }

    @Bean
    Consumer<byte[]> reportLocations(CaseOpening opening, EventCodec codec, MeterRegistry registry,
                                     PipelineLatency latency) {
        return new ReportLocationListener(opening, codec, registry, latency)::onReportLocation;
    }

    @Bean
    CallbackReopening callbackReopening(CaseWork work, CaseStore store,
                                        @Value("${gridline.dispatch.reopen-on-unsatisfied}") boolean reopen,
                                        @Value("${gridline.dispatch.reopen-limit}") int limit) {
        return new CallbackReopening(work, store, new ReopenPolicy(reopen, limit));
    }

    @Bean
    Consumer<byte[]> notificationEvents(CaseStore store, CallbackReopening reopening, EventCodec codec,
                                        MeterRegistry registry) {
        return new NotificationEventListener(store, reopening, codec, registry)::onNotificationEvent;
    }

    @Bean
    OpenCaseGauges openCaseGauges(ReactiveMongoTemplate mongo, MeterRegistry registry) {
        return new OpenCaseGauges(mongo, registry);
    }
}
