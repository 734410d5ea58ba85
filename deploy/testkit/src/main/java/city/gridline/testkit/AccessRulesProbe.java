package city.gridline.testkit;

import city.gridline.servicekit.security.AccessRules;
import city.gridline.servicekit.security.GridlineRole;
import city.gridline.servicekit.security.GridlineSecurity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's access rules in the filter chain every service runs, in front of a handler that lets anything it
 * is given through (204): so that a test can state, rule by rule, which roles pass and check every other role is
 * refused (403) and no token at all is a 401.
 */
public final class AccessRulesProbe {

    private final WebTestClient http;

    public AccessRulesProbe(AccessRules rules) {
        var chain = GridlineSecurity.chain(ServerHttpSecurity.http(), rules,
                NimbusReactiveJwtDecoder.withPublicKey(TestCallers.publicKey()).build());
        http = WebTestClient.bindToRouterFunction(RouterFunctions.route(RequestPredicates.all(),
                        request -> ServerResponse.noContent().build()))
                .webFilter(new WebFilterChainProxy(chain))
                .build();
    }

    /** The rule for one request: {@code allows(…)} names every role that passes it, alone. */
    public Rule expect(HttpMethod method, String path) {
        return new Rule(method, path);
    }

    public final class Rule {

        private final HttpMethod method;
        private final String path;

        private Rule(HttpMethod method, String path) {
            this.method = method;
            this.path = path;
        }

        public void allows(GridlineRole... allowed) {
            Set<GridlineRole> passing = allowed.length == 0 ? EnumSet.noneOf(GridlineRole.class)
                    : EnumSet.copyOf(Arrays.asList(allowed));
            List<String> wrong = new ArrayList<>();
            int anonymous = status(null);
            if (anonymous != 401) {
                wrong.add("no token → " + anonymous + ", not 401");
            }
            for (GridlineRole role : GridlineRole.values()) {
                int status = status(role);
                int expected = passing.contains(role) ? 204 : 403;
                if (status != expected) {
                    wrong.add(role + " → " + status + ", not " + expected);
                }
            }
            assertThat(wrong).as(method + " " + path).isEmpty();
        }

        /** Open to anyone, token or none. */
        public void isOpen() {
            assertThat(status(null)).as(method + " " + path + " without a token").isEqualTo(204);
        }

        private int status(GridlineRole role) {
            return http.method(method).uri(path)
                    .headers(headers -> {
                        if (role != null) {
                            headers.set(HttpHeaders.AUTHORIZATION,
                                    TestCallers.bearer("probe", List.of(role.name()), List.of("*")));
                        }
                    })
                    .exchange().returnResult(Void.class).getStatus().value();
        }
    }
}
