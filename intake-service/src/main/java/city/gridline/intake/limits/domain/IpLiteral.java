package city.gridline.intake.limits.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads an IP address written as a literal, never as a name: {@link InetAddress#getByName} would ask DNS for
 * anything that is not a literal, and what is read here comes from request headers and configuration.
 */
public final class IpLiteral {

    private IpLiteral() {
    }

    /** An IPv4 dotted quad or an IPv6 literal without brackets, port or zone; empty for anything else. */
    public static Optional<InetAddress> parse(String text) {
        if (text.indexOf(':') >= 0) {
            return ipv6(text);
        }
        return ipv4(text);
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
            return ipv6(text.substring(1, close));
        }
        int colon = text.indexOf(':');
        if (colon >= 0 && colon == text.lastIndexOf(':')) {
            return isPortOrNothing(text.substring(colon)) ? ipv4(text.substring(0, colon)) : Optional.empty();
        }
        return parse(text);
    }

    private static boolean isPortOrNothing(String text) {
        return text.isEmpty() || text.length() > 1 && text.length() <= 6 && text.charAt(0) == ':'
                && text.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Optional<InetAddress> ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) value;
        }
        return byAddress(bytes);
    }

    private static Optional<InetAddress> ipv6(String text) {
        // only the characters of an IPv6 literal (an embedded IPv4 tail included), beginning as one, so the JDK takes
        // it as a literal and never resolves it: a text with a colon that is no valid literal is refused unresolved
        boolean literalCharacters = !text.isEmpty() && text.charAt(0) != '.' && text.chars().allMatch(c -> c == ':'
                || c == '.' || isAsciiHexDigit(c));
        if (!literalCharacters || text.indexOf(':') < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }

    private static boolean isAsciiHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static Optional<InetAddress> byAddress(byte[] bytes) {
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("four bytes are an IPv4 address", impossible);
        }
    }
}
