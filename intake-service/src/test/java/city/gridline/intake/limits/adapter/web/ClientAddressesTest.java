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

    @Test
    void behindProxiesWritingForwardedTheClientIsTheFirstUntrustedNodeFromTheEnd() {
        ClientAddresses forwarded = trusting(ForwardedHeader.FORWARDED, "10.0.0.0/8", "fd00::/8");

        assertThat(forwarded.of(requestWith("10.1.2.3", "Forwarded",
                "for=198.51.100.1, for=\"[2001:db8::7]:4711\";proto=https, for=10.9.9.9;by=10.1.2.3")))
                .isEqualTo("address 2001:db8:0:0:0:0:0:7");
        assertThat(forwarded.of(requestWith("10.1.2.3", "Forwarded", "for=203.0.113.7, for=_hidden, for=10.9.9.9")))
                .as("an obfuscated node ends the walk").isEqualTo("address 10.9.9.9");
    }

    @Test
    void onlyTheHeaderTheProxiesWriteIsRead() {
        ClientAddresses forwarded = trusting(ForwardedHeader.FORWARDED, "10.0.0.0/8");

        assertThat(forwarded.of(requestWith("10.1.2.3", "X-Forwarded-For", "203.0.113.7"))).isEqualTo("address 10.1.2.3");
        assertThat(behindProxies.of(requestWith("10.1.2.3", "Forwarded", "for=203.0.113.7")))
                .isEqualTo("address 10.1.2.3");
    }

    private static ClientAddresses trusting(String... blocks) {
        return trusting(ForwardedHeader.X_FORWARDED_FOR, blocks);
    }

    private static ClientAddresses trusting(ForwardedHeader header, String... blocks) {
        return new ClientAddresses(Arrays.stream(blocks).map(AddressBlock::of).toList(), header);
    }

    private static MockServerHttpRequest request(String peer, String... forwardedFor) {
        return requestWith(peer, "X-Forwarded-For", forwardedFor);
    }

    private static MockServerHttpRequest requestWith(String peer, String header, String... lines) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/reports")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (lines.length > 0) {
            request.header(header, lines);
        }
        return request.build();
    }
}
