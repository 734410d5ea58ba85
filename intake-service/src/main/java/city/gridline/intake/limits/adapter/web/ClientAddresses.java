package city.gridline.intake.limits.adapter.web;

import org.springframework.http.server.reactive.ServerHttpRequest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address a request comes from, as limits tell clients apart. Without trusted proxies it is the connection's
 * peer and {@code X-Forwarded-For} is ignored: anyone can write that header. Behind a reverse proxy (an ingress, an
 * API gateway) whose addresses are trusted, it is the first address, reading {@code X-Forwarded-For} from its end,
 * that is not a trusted proxy: each trusted proxy appended the address it was connected from, while the entries
 * before the last untrusted one were written by the client itself and may be forged (Spring's
 * {@code forward-headers-strategy} takes the first entry, which is why intake does not use it). An entry that is
 * no IP address ends the walk at the last trusted hop.
 */
public final class ClientAddresses {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<AddressBlock> trustedProxies;

    public ClientAddresses(List<AddressBlock> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** The client's address as a limit key: {@code address <ip>}, or {@code address unknown} without a peer. */
    public String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return "address unknown";
        }
        InetAddress client = remote.getAddress();
        if (trusted(client)) {
            List<String> hops = forwardedFor(request);
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

    /** Every entry of every {@code X-Forwarded-For} line, in order. */
    private static List<String> forwardedFor(ServerHttpRequest request) {
        List<String> hops = new ArrayList<>();
        for (String line : request.getHeaders().getOrEmpty(FORWARDED_FOR)) {
            for (String entry : line.split(",")) {
                hops.add(entry.strip());
            }
        }
        return hops;
    }
}
