package city.gridline.notification.reporters.application;

import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseMerged;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.ReporterRegistered;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.deadline.application.DeadlineNotFoundException;
import city.gridline.notification.delivery.application.Deliveries;
import city.gridline.notification.delivery.application.NewNotification;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.ChineseTime;
import city.gridline.notification.delivery.domain.MessageTemplate;
import city.gridline.notification.delivery.domain.Recipient;
import city.gridline.notification.delivery.domain.SealedAddress;
import city.gridline.notification.register.application.CaseRecordStore;
import city.gridline.notification.register.domain.CaseStatus;
import city.gridline.notification.reporters.domain.CaseNews;
import city.gridline.notification.reporters.domain.Reporter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Tells every reporter of a case — its own and those whose repeats were merged into it — when it is filed (with
 * the deadline), transferred to another department, closed, and reopened after an unsatisfied call-back (with the
 * new deadline), by SMS to their sealed number; when the case is merged into another, its reporters follow that
 * one. A reporter who registers later is told where the case stands (filed, transferred or closed); each piece of
 * news reaches each reporter once.
 */
public class ReporterUpdates {

    private final ReporterStore reporters;
    private final CaseRecordStore register;
    private final Deliveries deliveries;
    private final CaseDeadlines deadlines;
    private final ZoneId zone;
    private final Counter unreachable;

    public ReporterUpdates(ReporterStore reporters, CaseRecordStore register, Deliveries deliveries,
                           CaseDeadlines deadlines, ZoneId zone, MeterRegistry registry) {
        this.reporters = reporters;
        this.register = register;
        this.deliveries = deliveries;
        this.deadlines = deadlines;
        this.zone = zone;
        this.unreachable = Counter.builder("gridline.notifications.skipped")
                .description("Notifications not created because the recipient has no address on the channel")
                .tag("channel", Channel.SMS.key())
                .tag("reason", "no-reporter-phone")
                .register(registry);
    }

    /**
     * {@code registrationId}: the event's id. A registration seen before leaves the reporter as later events left
     * them, and catches them up on the case they follow now.
     */
    public Mono<Void> registered(String registrationId, ReporterRegistered event) {
        return reporters.register(registrationId, Reporter.of(event))
                .flatMap(reporter -> reporters.caseOf(reporter.primaryReportId())
                        .flatMap(caseNumber -> catchUp(caseNumber, reporter)));
    }

    /**
     * A reporter registered after the case's news went out (the two topics are read apart) hears where it stands:
     * closed, transferred, or else filed.
     */
    private Mono<Void> catchUp(String caseNumber, Reporter reporter) {
        Flux<Reporter> late = Flux.just(reporter);
        return register.find(caseNumber)
                .map(record -> record.status() == CaseStatus.CLOSED
                        ? tellClosed(late, caseNumber, record.closedAt())
                        : record.status() == CaseStatus.TRANSFERRED
                                ? tellTransferred(late, caseNumber, record.transferredTo())
                                : tellFiled(caseNumber, late))
                .defaultIfEmpty(tellFiled(caseNumber, late))
                .flatMap(Function.identity());
    }

    public Mono<Void> caseEvent(CaseEvent event) {
        if (event instanceof CaseOpened opened) {
            return reporters.linkCase(opened.reportId(), opened.caseNumber());
        }
        if (event instanceof CaseDispatched dispatched) {
            return tellFiled(dispatched.caseNumber(), reporters.following(dispatched.reportId()));
        }
        if (event instanceof CaseTransferred transferred) {
            return tellTransferred(reporters.following(transferred.reportId()), transferred.caseNumber(),
                    transferred.department());
        }
        if (event instanceof CaseClosed closed) {
            return tellClosed(reporters.following(closed.reportId()), closed.caseNumber(), closed.closedAt());
        }
        if (event instanceof CaseMerged merged) {
            return followMergedCase(merged);
        }
        if (event instanceof CaseReopened reopened) {
            return deadlines.find(reopened.caseNumber())
                    .flatMap(deadline -> tell(reporters.following(reopened.reportId()), reopened.caseNumber(),
                            CaseNews.REOPENED + "/" + reopened.reopenedAt(), MessageTemplate.CASE_REOPENED_CITIZEN,
                            Map.of("caseNumber", reopened.caseNumber(),
                                    "deadline", ChineseTime.of(deadline.dueAt(), zone))));
        }
        return Mono.empty();
    }

    /**
     * The reporters of a case merged into another follow that one from now on (its closure, its reopening), and are
     * told so. Nothing moves while the other case is unknown here: its opening comes first on the same topic.
     */
    private Mono<Void> followMergedCase(CaseMerged merged) {
        return reporters.reportOfCase(merged.intoCaseNumber())
                .flatMap(into -> reporters.following(merged.reportId()).collectList()
                        .flatMap(moved -> reporters.follow(merged.reportId(), into)
                                .then(tell(Flux.fromIterable(moved), merged.caseNumber(), CaseNews.MERGED.name(),
                                        MessageTemplate.CASE_MERGED_CITIZEN, Map.of("caseNumber", merged.caseNumber(),
                                                "intoCaseNumber", merged.intoCaseNumber())))));
    }

    private Mono<Void> tellTransferred(Flux<Reporter> following, String caseNumber, String department) {
        return tell(following, caseNumber, CaseNews.TRANSFERRED.name(), MessageTemplate.CASE_TRANSFERRED_CITIZEN,
                Map.of("caseNumber", caseNumber, "department", department));
    }

    private Mono<Void> tellClosed(Flux<Reporter> following, String caseNumber, Instant closedAt) {
        return tell(following, caseNumber, CaseNews.CLOSED + "/" + closedAt, MessageTemplate.CASE_CLOSED_CITIZEN,
                Map.of("caseNumber", caseNumber));
    }

    /** Filed news carries the deadline; a case with none (transferred, or not dispatched yet) is told nothing here. */
    private Mono<Void> tellFiled(String caseNumber, Flux<Reporter> following) {
        return deadlines.read(caseNumber)
                .flatMap(reading -> tell(following, caseNumber, CaseNews.FILED.name(),
                        MessageTemplate.CASE_OPENED_CITIZEN,
                        Map.of("caseNumber", caseNumber,
                                "deadline", ChineseTime.of(reading.deadline().dueAt(), zone))))
                .onErrorResume(DeadlineNotFoundException.class, notDispatchedYet -> Mono.empty());
    }

    /** {@code news}: a {@link CaseNews}, with the time of the step when the step may happen more than once. */
    private Mono<Void> tell(Flux<Reporter> following, String caseNumber, String news, MessageTemplate template,
                            Map<String, String> values) {
        return following.concatMap(reporter -> {
            if (!reporter.reachable()) {
                unreachable.increment();
                return Mono.empty();
            }
            String id = UUID.nameUUIDFromBytes(("reporter/" + caseNumber + "/" + reporter.reportId() + "/" + news)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            return deliveries.submit(new NewNotification(id, Channel.SMS,
                    Recipient.citizen(reporter.reportId(), SealedAddress.of(reporter.contact())),
                    template.render(values), caseNumber, false));
        }).then();
    }
}
