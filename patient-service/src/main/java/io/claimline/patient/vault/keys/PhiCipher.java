package io.claimline.patient.vault.keys;

import io.claimline.platform.phi.SealedValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Seals PHI under a subject's data key and opens it while that key exists. A record's fields share one key, so
 * they are sealed and opened with one key lookup ({@link #sealerFor}, {@link #open(String, List)}).
 */
public class PhiCipher {

    private final DataKeys keys;
    private final AesGcm aes;

    public PhiCipher(DataKeys keys, AesGcm aes) {
        this.keys = keys;
        this.aes = aes;
    }

    /** Seals values for one subject under its live key (created on first use). */
    @FunctionalInterface
    public interface Sealer {
        SealedValue seal(String plaintext);
    }

    public Sealer sealerFor(String subjectId) {
        DataKeys.DataKey key = keys.liveKeyFor(subjectId);
        return plaintext -> new SealedValue(key.id(),
                AesGcm.base64(aes.encrypt(key.key(), plaintext.getBytes(StandardCharsets.UTF_8), key.id())));
    }

    public SealedValue seal(String subjectId, String plaintext) {
        return sealerFor(subjectId).seal(plaintext);
    }

    /** The plaintext, or empty when the subject's key was destroyed (crypto-shredded). */
    public Optional<String> open(SealedValue value) {
        if (value == null) {
            return Optional.empty();
        }
        return open(value.keyId(), List.of(value.ciphertext())).map(opened -> opened.get(0));
    }

    /**
     * The plaintexts of ciphertexts sealed under one key, in their order (a null ciphertext stays null), or empty
     * when that key was destroyed.
     */
    public Optional<List<String>> open(String keyId, List<String> ciphertexts) {
        return keys.find(keyId).map(key -> ciphertexts.stream()
                .map(ciphertext -> ciphertext == null ? null : decrypt(key, keyId, ciphertext))
                .toList());
    }

    private String decrypt(SecretKey key, String keyId, String ciphertext) {
        return new String(aes.decrypt(key, Base64.getDecoder().decode(ciphertext), keyId), StandardCharsets.UTF_8);
    }
}
