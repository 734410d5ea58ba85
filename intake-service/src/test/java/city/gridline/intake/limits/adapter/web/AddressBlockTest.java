package city.gridline.intake.limits.adapter.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AddressBlockTest {

    @Test
    void anIpv4BlockHoldsTheAddressesSharingItsPrefix() {
        AddressBlock block = AddressBlock.of("10.20.0.0/14");

        assertThat(block.contains(address("10.20.0.1"))).isTrue();
        assertThat(block.contains(address("10.23.255.255"))).isTrue();
        assertThat(block.contains(address("10.24.0.0"))).isFalse();
        assertThat(block.contains(address("11.20.0.1"))).isFalse();
        assertThat(block.contains(address("::ffff:10.21.3.4"))).as("IPv4-mapped IPv6 is the IPv4 address").isTrue();
        assertThat(block.contains(address("2001:db8::1"))).isFalse();
    }

    @Test
    void aSingleAddressHoldsOnlyItself() {
        assertThat(AddressBlock.of(" 192.0.2.10 ").contains(address("192.0.2.10"))).isTrue();
        assertThat(AddressBlock.of("192.0.2.10").contains(address("192.0.2.11"))).isFalse();
        assertThat(AddressBlock.of("::1").contains(address("::1"))).isTrue();
        assertThat(AddressBlock.of("::1").contains(address("127.0.0.1"))).isFalse();
    }

    @Test
    void ipv6BlocksAndTheExtremePrefixLengths() {
        assertThat(AddressBlock.of("fd00::/8").contains(address("fd12:3456::9"))).isTrue();
        assertThat(AddressBlock.of("fd00::/8").contains(address("fe80::1"))).isFalse();
        assertThat(AddressBlock.of("2001:db8::/127").contains(address("2001:db8::1"))).isTrue();
        assertThat(AddressBlock.of("2001:db8::/127").contains(address("2001:db8::2"))).isFalse();
        assertThat(AddressBlock.of("0.0.0.0/0").contains(address("203.0.113.7"))).isTrue();
        assertThat(AddressBlock.of("203.0.113.7/32").contains(address("203.0.113.7"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "proxy.example", "localhost", "10.0.0", "10.0.0.256", "10.0.0.0/33", "10.0.0.0/",
            "10.0.0.0/-1", "::/129", "10.0.0.0/8/8", "1.2.3.4:80", "[::1]", "fe80::1%eth0", "12345::"})
    void aTextThatIsNoAddressOrBlockIsRefusedNamingIt(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AddressBlock.of(text))
                .withMessageContaining("'" + text + "'");
    }

    private static InetAddress address(String text) {
        return IpLiteral.parse(text).orElseThrow();
    }
}
