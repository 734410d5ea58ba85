package city.gridline.intake.apikey.adapter.web;

import city.gridline.intake.apikey.application.ApiKeys;
import city.gridline.intake.apikey.domain.ApiKey;
import city.gridline.intake.report.application.InvalidFieldException;
import city.gridline.servicekit.Problems;
import city.gridline.servicekit.security.Callers;
import city.gridline.servicekit.security.GridlineCaller;
import city.gridline.servicekit.security.GridlineRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;

/** The administrator's API keys of hotline systems and Open311 clients: issue (shown once), list, revoke. */
@RestController
@RequestMapping(path = "/api/v1/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
public class ApiKeyController {

    private final ApiKeys keys;

    public ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<IssuedKeyView>> issue(@Valid @RequestBody KeyRequest body) {
        if (!ApiKeys.KEY_ROLES.contains(body.role())) {
            return Mono.error(new InvalidFieldException("role",
                    "a key is for " + ApiKeys.KEY_ROLES + "; people sign in with a token"));
        }
        return Callers.current().map(GridlineCaller::id)
                .flatMap(by -> keys.issue(body.client().strip(), body.role(), body.perSecond(), body.burst(), by))
                .map(issued -> ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.stored().id()))
                        .body(new IssuedKeyView(issued.key(), KeyView.of(issued.stored()))));
    }

    @GetMapping
    public Flux<KeyView> keys() {
        return keys.all().map(KeyView::of);
    }

    @DeleteMapping("/{id}")
    public Mono<KeyView> revoke(@PathVariable String id) {
        return Callers.current().map(GridlineCaller::id)
                .flatMap(by -> keys.revoke(id, by))
                .map(KeyView::of)
                .switchIfEmpty(Mono.error(() -> new ApiKeyNotFoundException(id)));
    }

    @ExceptionHandler
    ProblemDetail notFound(ApiKeyNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "api-key-not-found", "API key not found", ex.getMessage());
    }

    static final class ApiKeyNotFoundException extends RuntimeException {

        ApiKeyNotFoundException(String id) {
            super("no API key " + id);
        }
    }

    /** A key to issue; without a rate of its own it gets the default of the paths it calls. */
    public record KeyRequest(@NotBlank @Size(max = 100) String client, @NotNull GridlineRole role,
                             @DecimalMin("0.01") @DecimalMax("10000") Double perSecond,
                             @Min(1) @Max(100_000) Integer burst) {
    }

    /** What is kept of a key: never the key. */
    public record KeyView(String id, String client, GridlineRole role, Double perSecond, Integer burst,
                          Instant createdAt, String createdBy, Instant revokedAt, String revokedBy) {

        static KeyView of(ApiKey key) {
            return new KeyView(key.id(), key.client(), key.role(), key.perSecond(), key.burst(), key.createdAt(),
                    key.createdBy(), key.revokedAt(), key.revokedBy());
        }
    }

    /** The key itself, shown this once, with what is kept of it. */
    public record IssuedKeyView(String key, KeyView stored) {
    }
}
