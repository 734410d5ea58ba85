package city.gridline.dispatch.cases;

import city.gridline.dispatch.cases.application.CasePublication;
import city.gridline.dispatch.cases.application.SignWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/** The timed work of dispatch: the sign-by watch, and the outbox relay that publishes what was left behind. */
class CaseClocks {

    private static final Logger log = LoggerFactory.getLogger(CaseClocks.class);

    private final SignWatch signWatch;
    private final CasePublication publication;
    private final Clock clock;

    CaseClocks(SignWatch signWatch, CasePublication publication, Clock clock) {
        this.signWatch = signWatch;
        this.publication = publication;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gridline.dispatch.sign-watch-interval}")
    void watchSignBy() {
        try {
            long acted = signWatch.sweep(clock.instant()).block();
            if (acted > 0) {
                log.atInfo().addKeyValue("cases", acted).log("unsigned cases chased or re-dispatched");
            }
        } catch (RuntimeException e) {
            log.atWarn().setCause(e).log("sign-by watch failed; it runs again at the next interval");
        }
    }

    @Scheduled(fixedDelayString = "${gridline.dispatch.outbox-relay-interval}")
    void relayOutbox() {
        try {
            publication.relay().block();
        } catch (RuntimeException e) {
            log.atWarn().setCause(e).log("outbox relay failed; it runs again at the next interval");
        }
    }
}
