package city.gridline.intake.limits.adapter.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.net.InetSocketAddress;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = trusting("10.0.0.0/8", "fd00::/8");

    @Test
    void withoutTrustedProxiesThePeerIsTheClientAndForwardedForIsIgnored() {
        ClientAddresses direct = trusting();

        assertThat(direct.of(request("203.0.113.7"))).isEqualTo("address 203.0.113.7");
        assertThat(direct.of(request("203.0.113.7", "198.51.100.1"))).as("a forged header changes nothing")
                .isEqualTo("address 203.0.113.7");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(behindProxies.of(request("203.0.113.7", "198.51.100.1, 10.0.0.9")))
                .isEqualTo("address 203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItAppended() {
        assertThat(behindProxies.of(request("10.1.2.3", "203.0.113.7"))).isEqualTo("address 203.0.113.7");
    }

    @Test
    void entriesTheClientWroteBeforeThatAreNotTakenForIt() {
        assertThat(behindProxies.of(request("10.1.2.3", "198.51.100.1, 192.0.2.2, 203.0.113.7")))
                .isEqualTo("address 203.0.113.7");
    }

    @Test
    void throughSeveralTrustedProxiesTheFirstUntrustedEntryFromTheEndIsTheClient() {
        assertThat(behindProxies.of(request("10.1.2.3", "198.51.100.1, 203.0.113.7, 10.9.9.9")))
                .isEqualTo("address 203.0.113.7");
        assertThat(behindProxies.of(request("10.1.2.3", "198.51.100.1, 203.0.113.7", "10.9.9.9")))
                .as("the header's lines are one list, in order").isEqualTo("address 203.0.113.7");
    }

    @Test
    void whenEveryHopIsTrustedTheFirstOneIsTheClient() {
        assertThat(behindProxies.of(request("10.1.2.3", "10.7.7.7, 10.9.9.9"))).isEqualTo("address 10.7.7.7");
        assertThat(behindProxies.of(request("10.1.2.3"))).as("no header: the proxy itself")
                .isEqualTo("address 10.1.2.3");
    }

    @Test
    void anEntryThatIsNoAddressEndsTheWalkAtTheLastTrustedHop() {
        assertThat(behindProxies.of(request("10.1.2.3", "203.0.113.7, unknown, 10.9.9.9")))
                .isEqualTo("address 10.9.9.9");
        assertThat(behindProxies.of(request("10.1.2.3", "proxy.example"))).isEqualTo("address 10.1.2.3");
        assertThat(behindProxies.of(request("10.1.2.3", ""))).isEqualTo("address 10.1.2.3");
    }

    @Test
    void ipv6AndEntriesWithPortsAreRead() {
        assertThat(behindProxies.of(request("fd00::1", "[2001:db8::7]:443"))).isEqualTo("address 2001:db8:0:0:0:0:0:7");
        assertThat(behindProxies.of(request("10.1.2.3", "203.0.113.7:51234, [fd00::2]:80")))
                .isEqualTo("address 203.0.113.7");
    }

    @Test
    void aRequestWithoutAPeerIsFromAnUnknownAddress() {
        assertThat(behindProxies.of(MockServerHttpRequest.get("/api/v1/reports").build()))
                .isEqualTo("address unknown");
    }

    private static ClientAddresses trusting(String... blocks) {
        return new ClientAddresses(Arrays.stream(blocks).map(AddressBlock::of).toList());
    }

    private static MockServerHttpRequest request(String peer, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/reports")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor.length > 0) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }
}
