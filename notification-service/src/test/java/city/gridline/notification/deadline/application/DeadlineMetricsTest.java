package city.gridline.notification.deadline.application;

import city.gridline.notification.deadline.domain.EscalationLevel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeadlineMetrics metrics = new DeadlineMetrics(registry);

    /** Found in review: the first escalation of each place and level appeared at 1, which increase() does not count. */
    @Test
    void aPlaceWithACaseWarnedHasItsEscalationSeriesAtZeroBeforeTheFirstEscalation() {
        metrics.warnedIn("朝阳区", "建外街道");

        assertThat(registry.find("gridline.cases.escalated").tags("district", "朝阳区", "street", "建外街道")
                .counters()).extracting(counter -> counter.getId().getTag("level"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EscalationLevel.values())
                        .map(level -> level.name().toLowerCase(Locale.ROOT)).toList());
        assertThat(registry.find("gridline.cases.escalated").counters()).allSatisfy(counter ->
                assertThat(counter.count()).isZero());

        metrics.escalated("朝阳区", "建外街道", EscalationLevel.CHASE);
        Counter chase = registry.get("gridline.cases.escalated").tags("street", "建外街道", "level", "chase").counter();
        assertThat(chase.count()).isEqualTo(1);
    }
}
