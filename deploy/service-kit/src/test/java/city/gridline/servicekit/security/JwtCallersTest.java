package city.gridline.servicekit.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtCallersTest {

    private final JwtCallers callers = new JwtCallers();

    @Test
    void theCallerIsTheSubjectWithItsGridlineRolesAndAreas() {
        Jwt jwt = token().subject("wang").claim("roles", List.of("OFFICER", "some-other-systems-role"))
                .claim("areas", List.of("110105001", " ")).build();

        GridlineCaller caller = (GridlineCaller) callers.convert(jwt).block().getPrincipal();

        assertThat(caller.id()).isEqualTo("wang");
        assertThat(caller.roles()).containsExactly(GridlineRole.OFFICER);
        assertThat(caller.areas().codes()).isEqualTo(Set.of("110105001"));
        assertThat(caller.mayActIn("110105001024001")).isTrue();
        assertThat(caller.mayActIn("110105002001001")).isFalse();
    }

    @Test
    void aTokenWithoutRolesOrAreasMayDoNothingAnywhere() {
        GridlineCaller caller = (GridlineCaller) callers.convert(token().subject("x").build()).block().getPrincipal();

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.mayActIn("110105")).isFalse();
    }

    @Test
    void aTokenWithoutASubjectIsRefused() {
        assertThatThrownBy(() -> callers.convert(token().claim("roles", List.of("ADMINISTRATOR")).build()).block())
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }
}
