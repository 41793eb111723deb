package io.claimline.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCipherTest {

    private static final String KEY = randomKey();
    private static final String CLINIC = "clinic-a";
    private static final byte[] CONTENT =
            "Statement for Ada Lovelace, amount due 125.00".getBytes(StandardCharsets.UTF_8);
    private static final String SHA = EncryptedDocuments.sha256(CONTENT);

    private final DocumentCipher cipher = new DocumentCipher(KEY, List.of());

    @Test
    void opensWhatItSealed() {
        DocumentCipher.Sealed sealed = cipher.seal(CLINIC, SHA, CONTENT);

        assertThat(cipher.open(CLINIC, SHA, sealed)).isEqualTo(CONTENT);
        assertThat(sealed.keyId()).isEqualTo(cipher.currentKeyId()).startsWith("kek-");
        assertThat(sealed.nonce()).hasSize(12);
        assertThat(sealed.wrappedKey()).as("nonce + 32-byte key + tag").hasSize(12 + 32 + 16);
        assertThat(sealed.ciphertext()).hasSize(CONTENT.length + 16);
    }

    @Test
    void sealsTheSameContentDifferentlyEachTime() {
        DocumentCipher.Sealed first = cipher.seal(CLINIC, SHA, CONTENT);
        DocumentCipher.Sealed second = cipher.seal(CLINIC, SHA, CONTENT);

        assertThat(second.nonce()).isNotEqualTo(first.nonce());
        assertThat(second.wrappedKey()).isNotEqualTo(first.wrappedKey());
        assertThat(second.ciphertext()).isNotEqualTo(first.ciphertext());
    }

    @Test
    void refusesATamperedCiphertextNonceOrWrappedKey() {
        DocumentCipher.Sealed sealed = cipher.seal(CLINIC, SHA, CONTENT);

        assertThatThrownBy(() -> cipher.open(CLINIC, SHA, new DocumentCipher.Sealed(sealed.keyId(),
                sealed.wrappedKey(), sealed.nonce(), flipped(sealed.ciphertext(), 3))))
                .isInstanceOf(DocumentNotAuthenticException.class);
        assertThatThrownBy(() -> cipher.open(CLINIC, SHA, new DocumentCipher.Sealed(sealed.keyId(),
                sealed.wrappedKey(), flipped(sealed.nonce(), 0), sealed.ciphertext())))
                .isInstanceOf(DocumentNotAuthenticException.class);
        assertThatThrownBy(() -> cipher.open(CLINIC, SHA, new DocumentCipher.Sealed(sealed.keyId(),
                flipped(sealed.wrappedKey(), 20), sealed.nonce(), sealed.ciphertext())))
                .isInstanceOf(DocumentNotAuthenticException.class);
        assertThatThrownBy(() -> cipher.open(CLINIC, SHA, new DocumentCipher.Sealed(sealed.keyId(),
                new byte[3], sealed.nonce(), sealed.ciphertext())))
                .isInstanceOf(DocumentNotAuthenticException.class);
    }

    @Test
    void refusesToOpenUnderAnotherKey() {
        DocumentCipher.Sealed sealed = cipher.seal(CLINIC, SHA, CONTENT);
        DocumentCipher otherService = new DocumentCipher(randomKey(), List.of());

        assertThatThrownBy(() -> otherService.open(CLINIC, SHA, sealed))
                .isInstanceOf(DocumentNotAuthenticException.class)
                .hasMessageContaining(sealed.keyId()).hasMessageNotContaining(KEY);
        // Even a key that claims the same id cannot unwrap.
        assertThatThrownBy(() -> otherService.open(CLINIC, SHA, new DocumentCipher.Sealed(
                otherService.currentKeyId(), sealed.wrappedKey(), sealed.nonce(), sealed.ciphertext())))
                .isInstanceOf(DocumentNotAuthenticException.class);
    }

    @Test
    void bindsTheClinicAndTheHashSoARowCannotBeMoved() {
        DocumentCipher.Sealed sealed = cipher.seal(CLINIC, SHA, CONTENT);
        String otherSha = EncryptedDocuments.sha256("other".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> cipher.open("clinic-b", SHA, sealed))
                .isInstanceOf(DocumentNotAuthenticException.class);
        assertThatThrownBy(() -> cipher.open(CLINIC, otherSha, sealed))
                .isInstanceOf(DocumentNotAuthenticException.class);
    }

    @Test
    void opensDocumentsWrappedUnderAPreviousKeyAfterRotation() {
        DocumentCipher.Sealed underOldKey = cipher.seal(CLINIC, SHA, CONTENT);
        DocumentCipher rotated = new DocumentCipher(randomKey(), List.of(KEY));

        assertThat(rotated.open(CLINIC, SHA, underOldKey)).isEqualTo(CONTENT);
        assertThat(rotated.seal(CLINIC, SHA, CONTENT).keyId()).as("new documents take the new key")
                .isEqualTo(rotated.currentKeyId()).isNotEqualTo(underOldKey.keyId());
    }

    @Test
    void refusesAKeyOfTheWrongLengthWithoutPrintingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new DocumentCipher(shortKey, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claimline.documents.key must be 32 random bytes (base64)");
        assertThatThrownBy(() -> new DocumentCipher("not base64!", List.of()))
                .hasMessage("claimline.documents.key is not base64");
    }

    private static byte[] flipped(byte[] bytes, int index) {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        copy[index] ^= 0x01;
        return copy;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
