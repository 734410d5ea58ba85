package city.gridline.servicekit.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link ContactErasure} every {@code gridline.contact-erasure.interval}; a failed run is taken up by the
 * next. {@code gridline.reports.contacts.erased}: the numbers dropped.
 */
public class ContactErasureSchedule {

    private static final Logger log = LoggerFactory.getLogger(ContactErasureSchedule.class);

    private final ContactErasure erasure;
    private final Counter erased;

    public ContactErasureSchedule(ContactErasure erasure, MeterRegistry registry) {
        this.erasure = erasure;
        this.erased = Counter.builder("gridline.reports.contacts.erased")
                .description("Citizens' phone numbers dropped once their reports or cases had ended long enough ago")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${gridline.contact-erasure.interval}",
            initialDelayString = "${gridline.contact-erasure.interval}")
    public void run() {
        try {
            Long count = erasure.erase().block();
            if (count != null && count > 0) {
                erased.increment(count);
                log.atInfo().addKeyValue("numbers", count).log("citizens' phone numbers dropped after their time");
            }
        } catch (RuntimeException e) {
            log.atWarn().setCause(e).log("dropping citizens' phone numbers failed; the next run takes it up");
        }
    }
}
