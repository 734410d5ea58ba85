package city.gridline.testkit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * The {@code WebTestClient} of a service test sends {@link TestCallers#operator()} unless a request sets its own, and
 * reads bodies of up to 4 MB: a service's Prometheus scrape can outgrow the 256 KB default. Most of it is Kafka's
 * client metrics, a series per metric, client, topic and partition (on the local stack 77–98 KB of a 143–182 KB
 * scrape), and they grow with every binding and partition a test adds.
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
