package city.gridline.intake.apikey.application;

import city.gridline.intake.apikey.domain.ApiKey;
import city.gridline.intake.apikey.domain.ApiKeySecrets;
import city.gridline.servicekit.security.AreaScope;
import city.gridline.servicekit.security.GridlineCaller;
import city.gridline.servicekit.security.GridlineRole;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues, lists, revokes and checks the API keys of hotline systems and Open311 clients. A checked key is
 * remembered for {@code remember}, so a busy client costs no database read per request; a revocation on this
 * instance takes effect at once, on other instances within that time. A refused key (unknown or revoked) is
 * remembered too, for the shorter {@code rememberRefusal}, at most {@code refusalsRemembered} of them, so a client
 * retrying a wrong key costs no read per request either; a key issued on this instance works here at once, on other
 * instances within that time.
 */
public class ApiKeys {

    /** The roles a key may carry: client systems, never people. */
    public static final Set<GridlineRole> KEY_ROLES = Set.of(GridlineRole.HOTLINE_SYSTEM, GridlineRole.OPEN311_CLIENT);

    private final ApiKeyStore store;
    private final Clock clock;
    private final Duration remember;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Duration rememberRefusal;
    private final RecentRefusals refusals;

    public ApiKeys(ApiKeyStore store, Clock clock, Duration remember, Duration rememberRefusal,
                   int refusalsRemembered) {
        this.store = store;
        this.clock = clock;
        this.remember = remember;
        this.rememberRefusal = rememberRefusal;
        boolean remembersRefusals = !rememberRefusal.isZero() && !rememberRefusal.isNegative();
        this.refusals = new RecentRefusals(remembersRefusals ? refusalsRemembered : 0);
    }

    /** A new key: the only time it is ever shown. */
    public Mono<Issued> issue(String client, GridlineRole role, Double perSecond, Integer burst, String by) {
        if (!KEY_ROLES.contains(role)) {
            return Mono.error(new IllegalArgumentException("a key is for " + KEY_ROLES + ", not " + role));
        }
        String key = ApiKeySecrets.newKey();
        return store.addIfAbsent(describe(key, client, role, perSecond, burst, by))
                .doOnNext(stored -> refusals.clear())
                .map(stored -> new Issued(key, stored));
    }

    /** A key set in the configuration (a deployment's pre-shared secret), stored hashed like an issued one. */
    public Mono<ApiKey> register(String key, String client, GridlineRole role) {
        return store.addIfAbsent(describe(key, client, role, null, null, "configuration"))
                .doOnNext(stored -> refusals.clear());
    }

    public Flux<ApiKey> all() {
        return store.all();
    }

    public Mono<ApiKey> revoke(String id, String by) {
        return store.revoke(id, clock.instant(), by).doOnNext(revoked -> checked.clear());
    }

    /** The caller a presented key stands for; empty for an unknown or revoked key. */
    public Mono<GridlineCaller> authenticate(String presented) {
        String hash = ApiKeySecrets.hash(presented);
        Checked known = checked.get(hash);
        long now = clock.millis();
        if (known != null && known.until() > now) {
            return Mono.justOrEmpty(known.caller());
        }
        if (refusals.holds(hash, now)) {
            return Mono.empty();
        }
        return store.byHash(hash)
                .filter(key -> !key.revoked())
                .map(ApiKeys::callerOf)
                .doOnNext(caller -> checked.put(hash, new Checked(caller, now + remember.toMillis())))
                .switchIfEmpty(Mono.fromRunnable(() -> refusals.add(hash, now + rememberRefusal.toMillis())));
    }

    private ApiKey describe(String key, String client, GridlineRole role, Double perSecond, Integer burst, String by) {
        String hash = ApiKeySecrets.hash(key);
        return new ApiKey(ApiKeySecrets.idOf(hash), hash, client, role, perSecond, burst, clock.instant(), by,
                null, null);
    }

    private static GridlineCaller callerOf(ApiKey key) {
        GridlineCaller.Rate rate = key.perSecond() == null ? null
                : new GridlineCaller.Rate(key.perSecond(), key.burst() == null ? 1 : key.burst());
        return new GridlineCaller("key:" + key.id(), Set.of(key.role()), AreaScope.CITY, rate);
    }

    /** An issued key with what is stored of it. */
    public record Issued(String key, ApiKey stored) {
    }

    private record Checked(GridlineCaller caller, long until) {
    }
}
