package io.claimline.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;

/**
 * The RS256 key that signs tokens. Kept in a key file ({@code claimline.auth.signing-key-file}, a JWK set in JSON)
 * so that tokens survive a restart and several instances can share it: read when the file is there, generated and
 * written (owner-only, mode 600) when it is not. Only the local profile may go without a file, and then gets a key
 * made at start.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private SigningKeys() {
    }

    /** The key in {@code file}, or, when there is none yet, a new one written there. */
    static JWKSource<SecurityContext> fromFile(Path file) {
        if (!Files.exists(file)) {
            try {
                write(file, newKey());
                log.info("Generated a new token signing key in {}", file);
            } catch (FileAlreadyExistsException e) {
                // Another instance wrote it first: use that one.
            }
        }
        return new ImmutableJWKSet<>(read(file));
    }

    /** A key made now and kept in memory only: tokens do not survive a restart (local profile only). */
    static JWKSource<SecurityContext> generated() {
        return new ImmutableJWKSet<>(new JWKSet(newKey()));
    }

    static JWKSet read(Path file) {
        try {
            warnIfReadableByOthers(file);
            JWKSet keys = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<JWK> signing = keys.getKeys().stream()
                    .filter(key -> key instanceof RSAKey rsa && rsa.isPrivate())
                    .toList();
            if (signing.isEmpty()) {
                throw new IllegalStateException("the token signing key file " + file
                        + " holds no RSA private key (a JWK set with one RSA key, private part included)");
            }
            return new JWKSet(signing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token signing key file " + file, e);
        } catch (ParseException e) {
            // The parser's message could quote key material: name the file only.
            throw new IllegalStateException("the token signing key file " + file + " is not a JWK set (JSON)");
        }
    }

    private static void write(Path file, RSAKey key) throws FileAlreadyExistsException {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
            // Written next to its final place, owner-only from the start, then moved in one step: no reader ever
            // sees half a key, and no moment exists in which others may read it.
            Path temp = posix
                    ? Files.createTempFile(dir, ".signing-key-", ".tmp",
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dir, ".signing-key-", ".tmp");
            try {
                Files.writeString(temp, new JWKSet(key).toString(false), StandardCharsets.UTF_8);
                Files.move(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token signing key file " + file, e);
        }
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.removeAll(OWNER_ONLY);
            permissions.remove(PosixFilePermission.OWNER_EXECUTE);
            if (!permissions.isEmpty()) {
                log.warn("The token signing key file {} can be read by others than its owner ({}); make it 600",
                        file, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.RS256)
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key in this JVM", e);
        }
    }

    /**
     * Checks tokens against the same keys that sign them, in process (no HTTP call to our own JWKS endpoint,
     * which would make start-up depend on the port being up): expiry, the configured issuer and the API's audience.
     */
    static JwtDecoder decoder(JWKSource<SecurityContext> keys, String issuer, String audience) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // Claims are checked by Spring's validators below, which report failures as OAuth2 errors.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(validator(issuer, audience));
        return decoder;
    }

    /** Expiry, issuer, and {@code aud} containing the API's audience. */
    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(audience)));
    }
}
