package city.gridline.intake.limits;

import city.gridline.intake.limits.adapter.web.ForwardedHeader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The trusted proxies and their header as an operator writes them, in {@code GRIDLINE_TRUSTED_PROXIES} and
 * {@code GRIDLINE_FORWARDED_HEADER} or the YAML.
 */
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

    @Test
    void theProxiesHeaderIsXForwardedForUnlessForwardedIsNamed() {
        assertThat(bind("10.0.0.0/8").forwardedHeader()).isEqualTo(ForwardedHeader.X_FORWARDED_FOR);
        assertThat(bind("10.0.0.0/8", "forwarded").forwardedHeader()).isEqualTo(ForwardedHeader.FORWARDED);
        assertThat(bind("10.0.0.0/8", "x-forwarded-for").forwardedHeader()).isEqualTo(ForwardedHeader.X_FORWARDED_FOR);
    }

    @Test
    void anUnknownHeaderStopsTheServiceFromStarting() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("10.0.0.0/8", "x-real-ip"));
    }

    private static LimitsProperties bind(String trustedProxies) {
        return bind(trustedProxies, null);
    }

    private static LimitsProperties bind(String trustedProxies, String forwardedHeader) {
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
        if (forwardedHeader != null) {
            properties.put("gridline.intake.limits.forwarded-header", forwardedHeader);
        }
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("gridline.intake.limits", LimitsProperties.class).get();
    }
}
