package io.claimline.platform.phi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A PHI value as stored inside immutable events and read models: AES-256-GCM ciphertext under the data key of
 * one patient. Its {@code toString} shows no ciphertext, so a logged event cannot leak even that.
 *
 * @param keyId the id of the subject's data key in the key store
 * @param ciphertext base64 of nonce followed by ciphertext and tag
 */
public record SealedValue(@Schema(example = "6e1f3c2a-9d8b-4e7f-a6c5-b4d3e2f1a0b9") String keyId,
        @Schema(example = "q83vEjRWeJASNFZ4kKu8ZGVtb19naXZlbg==") String ciphertext) {

    @Override
    public String toString() {
        return "SealedValue[keyId=" + keyId + "]";
    }
}
