package city.gridline.intake.limits.adapter.web;

import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Reads an IP address written as a literal, never as a name: {@link InetAddress#getByName} would ask DNS for
 * anything that is not a literal, and what is read here comes from request headers and configuration. The literal
 * itself is read by Netty's parser, the one the server runs on, which never resolves.
 */
public final class IpLiteral {

    private IpLiteral() {
    }

    /** An IPv4 dotted quad or an IPv6 literal without brackets, port or zone; empty for anything else. */
    public static Optional<InetAddress> parse(String text) {
        // Netty also takes an IPv6 address in brackets: here only a forwarded entry may carry them
        if (text.startsWith("[")) {
            return Optional.empty();
        }
        return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(text));
    }

    /**
     * An address as proxies write it into {@code X-Forwarded-For}: as {@link #parse} reads it, or with a port
     * ({@code 203.0.113.7:51234}, {@code [2001:db8::7]:443}), or IPv6 in brackets without one.
     */
    public static Optional<InetAddress> parseWithOptionalPort(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || !isPortOrNothing(text.substring(close + 1))) {
                return Optional.empty();
            }
            String inBrackets = text.substring(1, close);
            return inBrackets.indexOf(':') < 0 ? Optional.empty() : parse(inBrackets);
        }
        int colon = text.indexOf(':');
        if (colon >= 0 && colon == text.lastIndexOf(':')) {
            // one colon: an IPv4 address and a port (an IPv6 literal has at least two)
            return isPortOrNothing(text.substring(colon)) ? parse(text.substring(0, colon)) : Optional.empty();
        }
        return parse(text);
    }

    private static boolean isPortOrNothing(String text) {
        return text.isEmpty() || text.length() > 1 && text.length() <= 6 && text.charAt(0) == ':'
                && text.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
