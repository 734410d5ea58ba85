package city.gridline.contracts;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Seals and opens reporters' contacts with AES-256-GCM. The key id travels with every sealed contact and is bound
 * to the ciphertext as associated data, so a contact sealed under one key is never opened as if under another.
 */
public final class ContactSeal {

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keyId;
    private final SecretKeySpec key;

    private ContactSeal(String keyId, byte[] key) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a contact key is 32 bytes (Base64 of 256 bits), not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A seal with the Base64 key named {@code keyId}. */
    public static ContactSeal withKey(String keyId, String base64Key) {
        return new ContactSeal(keyId, Base64.getDecoder().decode(base64Key.strip()));
    }

    /** A new random key, Base64 — for a new installation or the local stack. */
    public static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public SealedContact seal(String contact) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            byte[] sealed = cipher.doFinal(contact.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getEncoder();
            return new SealedContact(keyId, base64.encodeToString(nonce), base64.encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** Opens a contact sealed under this seal's key; fails when it was sealed under another or changed since. */
    public String open(SealedContact sealed) {
        if (!sealed.keyId().equals(keyId)) {
            throw new IllegalArgumentException("contact sealed under key " + sealed.keyId() + ", not " + keyId);
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, base64.decode(sealed.nonce()));
            return new String(cipher.doFinal(base64.decode(sealed.ciphertext())), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the sealed contact does not open under key " + keyId, e);
        }
    }

    public String keyId() {
        return keyId;
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
