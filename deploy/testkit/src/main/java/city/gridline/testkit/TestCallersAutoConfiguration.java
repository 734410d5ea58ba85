package city.gridline.testkit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/** The {@code WebTestClient} of a service test sends {@link TestCallers#operator()} unless a request sets its own. */
@AutoConfiguration
@ConditionalOnClass(WebTestClientBuilderCustomizer.class)
public class TestCallersAutoConfiguration {

    @Bean
    WebTestClientBuilderCustomizer testOperatorCredentials() {
        return builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, TestCallers.operator());
    }
}
