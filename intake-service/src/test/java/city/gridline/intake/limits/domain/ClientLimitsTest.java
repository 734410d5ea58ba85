package city.gridline.intake.limits.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ClientLimitsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aClientMayBurstThenWaitsForTheRefill() {
        ClientLimits limits = new ClientLimits(new RateLimit(2, 3), 100);

        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("key a", 0).admitted()).isTrue();
        }
        Admission refused = limits.take("key a", 0);

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limits.take("key a", SECOND / 2).admitted()).isTrue();
        assertThat(limits.take("key a", SECOND / 2).admitted()).isFalse();
    }

    @Test
    void clientsAreCountedApart() {
        ClientLimits limits = new ClientLimits(new RateLimit(1, 1), 100);

        assertThat(limits.take("key a", 0).admitted()).isTrue();
        assertThat(limits.take("key a", 0).admitted()).isFalse();
        assertThat(limits.take("address 10.0.0.7", 0).admitted()).isTrue();
    }

    @Test
    void peekingTellsWhetherATakeWouldPassWithoutTaking() {
        ClientLimits limits = new ClientLimits(new RateLimit(1, 2), 100);

        assertThat(limits.peek("address 10.0.0.7", 0).admitted()).as("no bucket yet: a full one").isTrue();
        limits.take("address 10.0.0.7", 0);
        limits.take("address 10.0.0.7", 0);
        assertThat(limits.peek("address 10.0.0.7", 0).admitted()).isFalse();
        assertThat(limits.peek("address 10.0.0.7", 0).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(limits.peek("address 10.0.0.7", SECOND).admitted()).isTrue();
        assertThat(limits.peek("address 10.0.0.7", SECOND).admitted()).as("peeking took nothing").isTrue();
    }

    @Test
    void idleClientsAreForgottenAndAFloodOfNewOnesSharesOneBucket() {
        ClientLimits limits = new ClientLimits(new RateLimit(1, 2), 2);
        limits.take("a", 0);
        limits.take("b", 0);

        assertThat(limits.take("c", 0).admitted()).isTrue();
        assertThat(limits.take("d", 0).admitted()).isTrue();
        assertThat(limits.take("e", 0).admitted()).isFalse();
        assertThat(limits.trackedClients()).isEqualTo(3);

        long later = 10 * SECOND;
        assertThat(limits.take("f", later).admitted()).isTrue();
        assertThat(limits.trackedClients()).isEqualTo(1);
    }
}
