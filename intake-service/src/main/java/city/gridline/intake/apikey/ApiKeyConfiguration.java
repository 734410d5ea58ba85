package city.gridline.intake.apikey;

import city.gridline.intake.apikey.adapter.mongo.MongoApiKeyStore;
import city.gridline.intake.apikey.application.ApiKeyStore;
import city.gridline.intake.apikey.application.ApiKeys;
import city.gridline.intake.open311.adapter.web.Open311Refusals;
import city.gridline.intake.open311.adapter.web.Open311Settings;
import city.gridline.intake.security.IntakeAccessRules;
import city.gridline.intake.security.IntakeAuthenticationRefusals;
import city.gridline.servicekit.security.GridlineRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * API keys of client systems, and intake's access rules. Keys set in the configuration (the deployment's
 * pre-shared secrets: {@code gridline.intake.open311.api-keys}, {@code gridline.intake.hotline-api-keys}) are
 * stored hashed at start, like issued ones, and can be revoked like them.
 */
@Configuration(proxyBeanMethods = false)
class ApiKeyConfiguration {

    @Bean
    ApiKeyStore apiKeyStore(ReactiveMongoTemplate mongo) {
        return new MongoApiKeyStore(mongo);
    }

    @Bean
    ApiKeys apiKeys(ApiKeyStore store, Clock clock,
                    @Value("${gridline.intake.api-key-check-remembered:10s}") Duration remembered,
                    @Value("${gridline.intake.api-key-refusal-remembered}") Duration refusalRemembered,
                    @Value("${gridline.intake.api-key-refusals-remembered-max}") int refusalsRemembered) {
        return new ApiKeys(store, clock, remembered, refusalRemembered, refusalsRemembered);
    }

    @Bean
    IntakeAccessRules intakeAccessRules(ApiKeys keys, JsonMapper json) {
        return new IntakeAccessRules(keys, new IntakeAuthenticationRefusals(new Open311Refusals(json)));
    }

    @Bean
    ApplicationRunner presetApiKeys(ApiKeys keys, Open311Settings open311,
                                    @Value("${gridline.intake.hotline-api-keys:}") List<String> hotline) {
        return args -> Flux.concat(
                        Flux.fromIterable(open311.apiKeys()).concatMap(key ->
                                keys.register(key, "preset Open311 client", GridlineRole.OPEN311_CLIENT)),
                        Flux.fromIterable(hotline).filter(key -> !key.isBlank()).concatMap(key ->
                                keys.register(key.strip(), "preset hotline system", GridlineRole.HOTLINE_SYSTEM)))
                .then().block(Duration.ofMinutes(1));
    }
}
