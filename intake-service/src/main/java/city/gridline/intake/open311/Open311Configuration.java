package city.gridline.intake.open311;

import city.gridline.intake.open311.adapter.mongo.MongoServiceRequestIds;
import city.gridline.intake.open311.adapter.web.Open311Settings;
import city.gridline.intake.open311.application.ServiceRequests;
import city.gridline.intake.open311.domain.ServiceCatalog;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.ReportTracking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** Wiring of the Open311 GeoReport v2 endpoint; its services come from {@code open311/*.tsv}. */
@Configuration(proxyBeanMethods = false)
class Open311Configuration {

    @Bean
    ServiceCatalog open311Services() {
        try (InputStream services = resource("open311/services.tsv");
             InputStream attributes = resource("open311/attributes.tsv")) {
            return ServiceCatalog.parse(new InputStreamReader(services, StandardCharsets.UTF_8),
                    new InputStreamReader(attributes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    Open311Settings open311Settings(@Value("${gridline.intake.open311.api-keys:}") List<String> apiKeys,
                                    @Value("${gridline.intake.open311.zone:Asia/Shanghai}") String zone,
                                    @Value("${gridline.intake.open311.changeset:2026-11-24T00:00:00+08:00}")
                                    String changeset,
                                    @Value("${gridline.intake.open311.contact:}") String contact,
                                    @Value("${gridline.intake.open311.key-service:}") String keyService,
                                    @Value("${gridline.intake.open311.service-notice:}") String notice) {
        return Open311Settings.of(apiKeys, zone, changeset, blankToNull(contact), blankToNull(keyService),
                blankToNull(notice));
    }

    @Bean
    ServiceRequests serviceRequests(ReportIntake intake, ReportTracking tracking, ReactiveMongoTemplate mongo,
                                    Clock clock, Open311Settings settings) {
        return new ServiceRequests(intake, tracking, new MongoServiceRequestIds(mongo, clock, settings.zone()));
    }

    private static InputStream resource(String name) {
        InputStream in = Open311Configuration.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
