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
import city.gridline.notification.reporters.domain.CaseNews;
import city.gridline.notification.reporters.domain.Reporter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Tells every reporter of a case — its own and those whose repeats were merged into it — when it is filed (with
 * the deadline), transferred to another department, closed, and reopened after an unsatisfied call-back (with the
 * new deadline), by SMS to their sealed number; when the case is merged into another, its reporters follow that
 * one. A reporter who registers later is told where the case stands (filed, transferred, closed, or merged and then
 * where the other case stands); each piece of news reaches each reporter once.
 */
public class ReporterUpdates {

    /** Merges form chains (a into b, b into c); this many links, and no loop, are followed for a late reporter. */
    private static final int MERGES_FOLLOWED_AT_MOST = 8;

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
                        .flatMap(caseNumber -> catchUp(caseNumber, reporter, 0)));
    }

    /**
     * A reporter registered after the case's news went out (the two topics are read apart) hears where it stands:
     * closed, transferred, merged into another case (which they follow from then on), or else filed.
     */
    private Mono<Void> catchUp(String caseNumber, Reporter reporter, int mergesFollowed) {
        Flux<Reporter> late = Flux.just(reporter);
        return register.find(caseNumber)
                .map(record -> switch (record.status()) {
                    case CLOSED -> tellClosed(late, caseNumber, record.closedAt());
                    case TRANSFERRED -> tellTransferred(late, caseNumber, record.transferredTo());
                    case MERGED -> mergesFollowed < MERGES_FOLLOWED_AT_MOST
                            ? followMergedCaseLate(reporter, caseNumber, record.mergedInto(), mergesFollowed + 1)
                            : Mono.<Void>empty();
                    default -> tellFiled(caseNumber, late);
                })
                .defaultIfEmpty(tellFiled(caseNumber, late))
                .flatMap(Function.identity());
    }

    private Mono<Void> followMergedCaseLate(Reporter reporter, String caseNumber, String intoCaseNumber,
                                            int mergesFollowed) {
        return reporters.reportOfCase(intoCaseNumber)
                .flatMap(into -> reporters.follow(reporter.primaryReportId(), into)
                        .then(tellMerged(Flux.just(reporter), caseNumber, intoCaseNumber))
                        .then(Mono.defer(() -> catchUp(intoCaseNumber, reporter.following(into), mergesFollowed))));
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
                                .then(tellMerged(Flux.fromIterable(moved), merged.caseNumber(),
                                        merged.intoCaseNumber()))));
    }

    private Mono<Void> tellMerged(Flux<Reporter> following, String caseNumber, String intoCaseNumber) {
        return tell(following, caseNumber, CaseNews.MERGED.name(), MessageTemplate.CASE_MERGED_CITIZEN,
                Map.of("caseNumber", caseNumber, "intoCaseNumber", intoCaseNumber));
    }

    private Mono<Void> tellTransferred(Flux<Reporter> following, String caseNumber, String department) {
        return tell(following, caseNumber, CaseNews.TRANSFERRED.name(), MessageTemplate.CASE_TRANSFERRED_CITIZEN,
                Map.of("caseNumber", caseNumber, "department", department));
    }

    /** {@code closedAt} to the millisecond, as the register keeps it: the event and the catch-up name one closure. */
    private Mono<Void> tellClosed(Flux<Reporter> following, String caseNumber, Instant closedAt) {
        return tell(following, caseNumber, CaseNews.CLOSED + "/" + closedAt.truncatedTo(ChronoUnit.MILLIS),
                MessageTemplate.CASE_CLOSED_CITIZEN, Map.of("caseNumber", caseNumber));
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
