package city.gridline.intake.limits;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The trusted proxies as an operator writes them, in {@code GRIDLINE_TRUSTED_PROXIES} or the YAML. */
class LimitsPropertiesTest {

    @Test
    void aCommaSeparatedListOfAddressesAndBlocksIsRead() {
        LimitsProperties limits = bind("10.0.0.0/8, 192.0.2.10,fd00::/8");

        assertThat(limits.trustedProxies()).hasToString("[10.0.0.0/8, 192.0.2.10, fd00::/8]");
    }

    @Test
    void noneIsTheDefault() {
        assertThat(bind("").trustedProxies()).isEmpty();
        assertThat(bind(null).trustedProxies()).isEmpty();
    }

    @Test
    void aNameOrAMalformedBlockStopsTheServiceFromStartingAndIsNamed() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("10.0.0.0/8, ingress.cluster.local"))
                .havingRootCause().withMessageContaining("'ingress.cluster.local'");
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("10.0.0.0/40"))
                .havingRootCause().withMessageContaining("'10.0.0.0/40'");
    }

    private static LimitsProperties bind(String trustedProxies) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "gridline.intake.limits.enabled", "true",
                "gridline.intake.limits.max-body-size", "64KB",
                "gridline.intake.limits.max-clients", "100",
                "gridline.intake.limits.api.per-second", "100",
                "gridline.intake.limits.api.burst", "200",
                "gridline.intake.limits.open311.per-second", "2",
                "gridline.intake.limits.open311.burst", "10",
                "gridline.intake.limits.refused-credentials-per-minute", "60"));
        if (trustedProxies != null) {
            properties.put("gridline.intake.limits.trusted-proxies", trustedProxies);
        }
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("gridline.intake.limits", LimitsProperties.class).get();
    }
}
