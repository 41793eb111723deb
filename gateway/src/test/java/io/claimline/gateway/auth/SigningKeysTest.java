package io.claimline.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void writesANewKeyOwnerOnlyWhenTheFileIsMissing() throws Exception {
        Path file = dir.resolve("state/gateway-signing-key.json");

        SigningKeys.fromFile(file);

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        RSAKey key = (RSAKey) SigningKeys.read(file).getKeys().get(0);
        assertThat(key.isPrivate()).isTrue();
        assertThat(dir.resolve("state")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void readsTheSameKeyAgainAndNeverReplacesIt() throws Exception {
        Path file = dir.resolve("gateway-signing-key.json");
        SigningKeys.fromFile(file);
        String written = Files.readString(file);

        SigningKeys.fromFile(file);

        assertThat(Files.readString(file)).isEqualTo(written);
        assertThat(SigningKeys.read(file).getKeys().get(0).getKeyID())
                .isEqualTo(JWKSet.parse(written).getKeys().get(0).getKeyID());
    }

    @Test
    void refusesAFileWithoutAPrivateKeyWithoutQuotingIt() throws Exception {
        Path file = dir.resolve("public-only.json");
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        Files.writeString(file, new JWKSet(key.toPublicJWK()).toString());

        assertThatThrownBy(() -> SigningKeys.fromFile(file)).hasMessageContaining("holds no RSA private key");
        Files.writeString(file, "{not json " + key.getModulus());
        assertThatThrownBy(() -> SigningKeys.fromFile(file)).hasMessageContaining("is not a JWK set")
                .message().doesNotContain(key.getModulus().toString());
    }
}
