package io.claimline.patient.vault.keys;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import io.claimline.platform.phi.SealedValue;
import java.util.Optional;

/** Seals PHI under a subject's data key and opens it while that key exists. */
public class PhiCipher {

    private final DataKeys keys;
    private final AesGcm aes;

    public PhiCipher(DataKeys keys, AesGcm aes) {
        this.keys = keys;
        this.aes = aes;
    }

    public SealedValue seal(String subjectId, String plaintext) {
        String keyId = keys.keyIdFor(subjectId);
        var key = keys.find(keyId).orElseThrow(() -> new DataKeys.KeyDestroyedException());
        byte[] sealed = aes.encrypt(key, plaintext.getBytes(StandardCharsets.UTF_8), keyId);
        return new SealedValue(keyId, AesGcm.base64(sealed));
    }

    /** The plaintext, or empty when the subject's key was destroyed (crypto-shredded). */
    public Optional<String> open(SealedValue value) {
        if (value == null) {
            return Optional.empty();
        }
        return keys.find(value.keyId()).map(key -> new String(
                aes.decrypt(key, Base64.getDecoder().decode(value.ciphertext()), value.keyId()),
                StandardCharsets.UTF_8));
    }
}
