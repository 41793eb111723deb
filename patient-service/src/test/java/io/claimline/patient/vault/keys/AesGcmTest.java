package io.claimline.patient.vault.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AesGcmTest {

    private final AesGcm aes = new AesGcm(Base64.getEncoder().encodeToString(new byte[32]));

    @Property(tries = 200)
    void whatIsSealedOpensToTheSameText(@ForAll String text) {
        SecretKey key = aes.newDataKey();
        byte[] sealed = aes.encrypt(key, text.getBytes(StandardCharsets.UTF_8), "key-1");

        assertThat(new String(aes.decrypt(key, sealed, "key-1"), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void aCiphertextMovedToAnotherKeyIdDoesNotOpen() {
        SecretKey key = aes.newDataKey();
        byte[] sealed = aes.encrypt(key, "Ada".getBytes(StandardCharsets.UTF_8), "key-1");

        assertThatThrownBy(() -> aes.decrypt(key, sealed, "key-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedCiphertextDoesNotOpen() {
        SecretKey key = aes.newDataKey();
        byte[] sealed = aes.encrypt(key, "Ada".getBytes(StandardCharsets.UTF_8), "key-1");
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> aes.decrypt(key, sealed, "key-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealingTheSameTextTwiceGivesDifferentCiphertexts() {
        SecretKey key = aes.newDataKey();
        byte[] first = aes.encrypt(key, "Ada".getBytes(StandardCharsets.UTF_8), "key-1");
        byte[] second = aes.encrypt(key, "Ada".getBytes(StandardCharsets.UTF_8), "key-1");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void wrappedDataKeysUnwrapOnlyUnderTheirOwnId() {
        SecretKey key = aes.newDataKey();
        byte[] wrapped = aes.wrap(key, "key-1");

        assertThat(aes.unwrap(wrapped, "key-1").getEncoded()).isEqualTo(key.getEncoded());
        assertThatThrownBy(() -> aes.unwrap(wrapped, "key-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAMasterKeyOfTheWrongLength() {
        assertThatThrownBy(() -> new AesGcm(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
