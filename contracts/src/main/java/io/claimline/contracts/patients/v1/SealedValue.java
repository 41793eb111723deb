package io.claimline.contracts.patients.v1;

import io.claimline.contracts.Require;

/**
 * A PHI value as it travels: AES-256-GCM ciphertext under the patient's own data key. Deleting that key in the
 * patient service makes every copy unreadable (crypto-shredding).
 *
 * @param keyId the id of the patient's data key
 * @param ciphertext base64 of nonce followed by ciphertext and tag
 */
public record SealedValue(String keyId, String ciphertext) {

    public SealedValue {
        Require.present(keyId, "keyId");
        Require.present(ciphertext, "ciphertext");
    }
}
