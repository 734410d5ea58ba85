package city.gridline.testkit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * The {@code WebTestClient} of a service test sends {@link TestCallers#operator()} unless a request sets its own, and
 * reads bodies of up to 4 MB: a service's Prometheus scrape, with its histograms, outgrows the 256 KB default once a
 * test class has run its traffic through it.
 */
@AutoConfiguration
@ConditionalOnClass(WebTestClientBuilderCustomizer.class)
public class TestCallersAutoConfiguration {

    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    @Bean
    WebTestClientBuilderCustomizer testOperatorCredentials() {
        return builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, TestCallers.operator())
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES));
    }
}
