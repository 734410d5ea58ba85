package city.gridline.notification.delivery.domain;

import city.gridline.contracts.SealedContact;

import java.util.Optional;

/**
 * A citizen's phone number as it is stored with a notification: sealed, as intake handed it over
 * ({@code sealed:<keyId>:<nonce>:<ciphertext>}), and opened only by the sender at the moment of sending.
 */
public final class SealedAddress {

    private static final String PREFIX = "sealed:";
    /** What a citizen's address becomes once the number is erased (see the retention feature). */
    public static final String ERASED = "erased";

    private SealedAddress() {
    }

    public static String of(SealedContact contact) {
        return PREFIX + contact.keyId() + ":" + contact.nonce() + ":" + contact.ciphertext();
    }

    public static boolean isErased(String address) {
        return ERASED.equals(address);
    }

    /** The sealed contact an address holds; empty for a plain address (a team's duty phone). */
    public static Optional<SealedContact> in(String address) {
        if (!address.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = address.substring(PREFIX.length()).split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a sealed address has a key id, a nonce and a ciphertext");
        }
        return Optional.of(new SealedContact(parts[0], parts[1], parts[2]));
    }
}
