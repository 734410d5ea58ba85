package city.gridline.intake.apikey.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How keys are made and kept. An issued key is {@code glk_} and 32 random bytes (256 bits), so a single SHA-256 is
 * the right hash at rest: a slow password hash guards guessable secrets, and nothing here is guessable.
 */
public final class ApiKeySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_LENGTH = 12;

    private ApiKeySecrets() {
    }

    public static String newKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "glk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static String idOf(String hash) {
        return hash.substring(0, ID_LENGTH);
    }
}
