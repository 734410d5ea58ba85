package city.gridline.contracts;

import java.util.Objects;

/**
 * A reporter's raw contact, encrypted: AES-256-GCM under the key named by {@code keyId}, with its 96-bit nonce,
 * both Base64. Only the services that hold the key — intake, which takes the call, and notification, which calls
 * back — can open it; everyone else carries it unread.
 */
public record SealedContact(String keyId, String nonce, String ciphertext) {

    public SealedContact {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }
}
