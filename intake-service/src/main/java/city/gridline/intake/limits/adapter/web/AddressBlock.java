package city.gridline.intake.limits.adapter.web;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}), or one address
 * ({@code 192.0.2.10}, {@code ::1}).
 */
public final class AddressBlock {

    private final byte[] prefix;
    private final int bits;
    private final String text;

    private AddressBlock(byte[] prefix, int bits, String text) {
        this.prefix = prefix;
        this.bits = bits;
        this.text = text;
    }

    /** @throws IllegalArgumentException if the text is not an address or a block of them */
    public static AddressBlock of(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] prefix = IpLiteral.parse(address).map(InetAddress::getAddress)
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or a CIDR block of them: '" + text
                        + "' (a name is not taken: it would be resolved)"));
        int bits = prefix.length * 8;
        if (slash >= 0) {
            String length = trimmed.substring(slash + 1);
            if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(length) > bits) {
                throw new IllegalArgumentException("Not a prefix length of an " + (bits == 32 ? "IPv4" : "IPv6")
                        + " address (0 to " + bits + "): '" + text + "'");
            }
            bits = Integer.parseInt(length);
        }
        return new AddressBlock(prefix, bits, trimmed);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != prefix.length) {
            return false;
        }
        int whole = bits / 8;
        if (!Arrays.equals(bytes, 0, whole, prefix, 0, whole)) {
            return false;
        }
        int rest = bits % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (bytes[whole] & mask) == (prefix[whole] & mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
