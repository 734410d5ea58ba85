package city.gridline.intake.limits.adapter.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IpLiteralTest {

    @Test
    void literalsAreRead() {
        assertThat(text(IpLiteral.parse("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(text(IpLiteral.parse("2001:DB8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(text(IpLiteral.parse("::ffff:192.0.2.1"))).isEqualTo("192.0.2.1");
    }

    @Test
    void proxiesPortsAndBracketsAreReadInForwardedEntries() {
        assertThat(text(IpLiteral.parseWithOptionalPort("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(text(IpLiteral.parseWithOptionalPort("203.0.113.7:51234"))).isEqualTo("203.0.113.7");
        assertThat(text(IpLiteral.parseWithOptionalPort("[2001:db8::7]:443"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(text(IpLiteral.parseWithOptionalPort("[2001:db8::7]"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(text(IpLiteral.parseWithOptionalPort("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", "localhost", "proxy.example", "_hidden", "1.2.3", "1.2.3.4.5",
            "01.2.3.1234", "256.1.1.1", "1.2.3.-4", "+1.2.3.4", "1.2.3.4 ", "abc", "ab:zz::1", ".:", "\u0663::1",
            "fe80::1%eth0", "[::1]x", "[::1", "1.2.3.4:", "1.2.3.4:123456", "1.2.3.4:http", "[1.2.3.4]:80"})
    void namesAndMalformedTextsAreNotAddresses(String text) {
        assertThat(IpLiteral.parseWithOptionalPort(text)).as(text).isEmpty();
        assertThat(IpLiteral.parse(text)).as(text).isEmpty();
    }

    private static String text(Optional<InetAddress> address) {
        return address.orElseThrow().getHostAddress();
    }
}
