package city.gridline.intake.limits.adapter.web;

import org.springframework.http.server.reactive.ServerHttpRequest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * The address a request comes from, as limits tell clients apart. Without trusted proxies it is the connection's
 * peer and the forwarding headers are ignored: anyone can write them. Behind a reverse proxy (an ingress, an API
 * gateway) whose addresses are trusted, it is the first address, reading the proxies' {@link ForwardedHeader} from
 * its end, that is not a trusted proxy: each trusted proxy appended the address it was connected from, while the
 * entries before the last untrusted one were written by the client itself and may be forged (Spring's
 * {@code forward-headers-strategy} takes the first entry, which is why intake does not use it). An entry that is
 * no IP address ("unknown", an obfuscated node, a name) ends the walk at the last trusted hop.
 */
public final class ClientAddresses {

    private final List<AddressBlock> trustedProxies;
    private final ForwardedHeader header;

    public ClientAddresses(List<AddressBlock> trustedProxies, ForwardedHeader header) {
        this.trustedProxies = List.copyOf(trustedProxies);
        this.header = header;
    }

    /** The client's address as a limit key: {@code address <ip>}, or {@code address unknown} without a peer. */
    public String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return "address unknown";
        }
        InetAddress client = remote.getAddress();
        if (trusted(client)) {
            List<String> hops = header.nodes(request.getHeaders());
            for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
                Optional<InetAddress> hop = IpLiteral.parseWithOptionalPort(hops.get(i));
                if (hop.isEmpty()) {
                    break;
                }
                client = hop.get();
            }
        }
        return "address " + client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(block -> block.contains(address));
    }
}
