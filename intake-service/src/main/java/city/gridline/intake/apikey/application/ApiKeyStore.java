package city.gridline.intake.apikey.application;

import city.gridline.intake.apikey.domain.ApiKey;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;

/** Where keys are kept, by hash. */
public interface ApiKeyStore {

    Mono<ApiKey> byHash(String hash);

    Flux<ApiKey> all();

    /** Stores the key unless one with its hash exists; the stored one either way. */
    Mono<ApiKey> addIfAbsent(ApiKey key);

    /** Marks the key revoked (once: a second revocation keeps the first's time); empty when there is no such key. */
    Mono<ApiKey> revoke(String id, Instant at, String by);
}
