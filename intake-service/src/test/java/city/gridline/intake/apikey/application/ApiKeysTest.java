package city.gridline.intake.apikey.application;

import city.gridline.intake.apikey.domain.ApiKey;
import city.gridline.intake.apikey.domain.ApiKeySecrets;
import city.gridline.servicekit.security.GridlineRole;
import city.gridline.testkit.MovableClock;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    private static final Duration REFUSAL = Duration.ofSeconds(2);

    private final CountingStore store = new CountingStore();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final ApiKeys keys = new ApiKeys(store, clock, Duration.ofSeconds(10), REFUSAL, 3);

    @Test
    void anUnknownKeyIsReadOnceThenRefusedFromMemoryUntilTheRefusalExpires() {
        assertThat(keys.authenticate("glk_unknown").blockOptional()).isEmpty();
        assertThat(keys.authenticate("glk_unknown").blockOptional()).isEmpty();
        assertThat(keys.authenticate("glk_unknown").blockOptional()).isEmpty();
        assertThat(store.reads.get()).isEqualTo(1);

        clock.advance(REFUSAL);
        assertThat(keys.authenticate("glk_unknown").blockOptional()).isEmpty();
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void aKeyStoredElsewhereAfterItsRefusalWorksOnceTheShortRefusalExpires() {
        assertThat(keys.authenticate("glk_later").blockOptional()).isEmpty();
        store.add(key("glk_later"));   // issued on another instance

        assertThat(keys.authenticate("glk_later").blockOptional()).isEmpty();
        clock.advance(REFUSAL);
        assertThat(keys.authenticate("glk_later").blockOptional()).hasValueSatisfying(
                caller -> assertThat(caller.id()).startsWith("key:"));
    }

    @Test
    void aKeyIssuedOnThisInstanceIsNotHeldBackByRefusalsRememberedBeforeIt() {
        assertThat(keys.authenticate("glk_before").blockOptional()).isEmpty();
        keys.register("glk_before", "preset", GridlineRole.HOTLINE_SYSTEM).block();

        assertThat(keys.authenticate("glk_before").blockOptional()).isPresent();
    }

    @Test
    void aFloodOfRandomKeysIsRememberedOnlyUpToTheBoundOldestForgottenFirst() {
        for (int i = 0; i < 100; i++) {
            keys.authenticate("glk_random-" + i).block();
        }
        int reads = store.reads.get();

        keys.authenticate("glk_random-99").block();
        assertThat(store.reads.get()).as("the latest refusal is remembered").isEqualTo(reads);
        keys.authenticate("glk_random-0").block();
        assertThat(store.reads.get()).as("the oldest refusal was forgotten").isEqualTo(reads + 1);
    }

    @Test
    void noRefusalIsRememberedWhenItsTimeIsZero() {
        ApiKeys unremembering = new ApiKeys(store, clock, Duration.ofSeconds(10), Duration.ZERO, 3);
        unremembering.authenticate("glk_unknown").block();
        unremembering.authenticate("glk_unknown").block();

        assertThat(store.reads.get()).isEqualTo(2);
    }

    private ApiKey key(String key) {
        String hash = ApiKeySecrets.hash(key);
        return new ApiKey(ApiKeySecrets.idOf(hash), hash, "client", GridlineRole.HOTLINE_SYSTEM, null, null,
                clock.instant(), "test", null, null);
    }

    private static final class CountingStore implements ApiKeyStore {

        final AtomicInteger reads = new AtomicInteger();
        final Map<String, ApiKey> byHash = new ConcurrentHashMap<>();

        void add(ApiKey key) {
            byHash.put(key.hash(), key);
        }

        @Override
        public Mono<ApiKey> byHash(String hash) {
            return Mono.fromSupplier(() -> {
                reads.incrementAndGet();
                return byHash.get(hash);
            });
        }

        @Override
        public Flux<ApiKey> all() {
            return Flux.fromIterable(byHash.values());
        }

        @Override
        public Mono<ApiKey> addIfAbsent(ApiKey key) {
            return Mono.just(byHash.computeIfAbsent(key.hash(), any -> key));
        }

        @Override
        public Mono<ApiKey> revoke(String id, Instant at, String by) {
            return Mono.empty();
        }
    }
}
