package io.claimline.platform.phi;

/**
 * A PHI value as stored inside immutable events and read models: AES-256-GCM ciphertext under the data key of
 * one patient. Its {@code toString} shows no ciphertext, so a logged event cannot leak even that.
 *
 * @param keyId the id of the subject's data key in the key store
 * @param ciphertext base64 of nonce followed by ciphertext and tag
 */
public record SealedValue(String keyId, String ciphertext) {

    @Override
    public String toString() {
        return "SealedValue[keyId=" + keyId + "]";
    }
}
