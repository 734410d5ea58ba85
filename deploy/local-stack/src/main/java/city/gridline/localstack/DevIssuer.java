package city.gridline.localstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A development token issuer: an RSA key pair and signed bearer tokens (RS256) with Gridline's claims — {@code sub},
 * {@code roles}, {@code areas}. The services check them as an OAuth2 resource server against its public key. For the
 * local stack and the tests only: a city's deployment points the services at its own identity provider.
 */
public final class DevIssuer {

    public static final String ISSUER = "https://gridline.local/dev-issuer";

    private final KeyPair keys;

    private DevIssuer(KeyPair keys) {
        this.keys = keys;
    }

    public static DevIssuer generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new DevIssuer(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer whose keys are in {@code directory}, made there on first use. */
    public static DevIssuer inDirectory(Path directory) {
        Path privateKey = directory.resolve("private-key.pem");
        Path publicKey = directory.resolve("public-key.pem");
        try {
            if (Files.exists(privateKey) && Files.exists(publicKey)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new DevIssuer(new KeyPair(
                        rsa.generatePublic(new X509EncodedKeySpec(pemBytes(publicKey))),
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(pemBytes(privateKey)))));
            }
            DevIssuer issuer = generate();
            Files.createDirectories(directory);
            Files.writeString(privateKey, pem("PRIVATE KEY", issuer.keys.getPrivate().getEncoded()));
            issuer.writePublicKey(publicKey);
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable keys in " + directory, e);
        }
    }

    /** Writes the public key as the PEM that {@code spring.security.oauth2.resourceserver.jwt.public-key-location} reads. */
    public Path writePublicKey(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String token(String subject, Collection<String> roles, Collection<String> areas, Duration validFor) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("roles", List.copyOf(roles))
                .claim("areas", List.copyOf(areas))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pemBytes(Path file) throws IOException {
        String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
