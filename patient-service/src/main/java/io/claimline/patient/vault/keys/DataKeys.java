package io.claimline.patient.vault.keys;

import io.claimline.platform.phi.PersonalDataErasedException;
import java.util.Optional;
import javax.crypto.SecretKey;

/** Per-subject (per-patient) data keys: created on first use, readable while they exist, destroyable for good. */
public interface DataKeys {

    /** The subject's live key, creating it on first use; refused once the subject was shredded. */
    DataKey liveKeyFor(String subjectId);

    /** The data key, or empty once it was destroyed. */
    Optional<SecretKey> find(String keyId);

    /** Crypto-shredding: returns false when there was no live key to destroy. */
    boolean destroy(String subjectId);

    /** Sealing for a subject whose key was destroyed is refused (409: the personal data was erased). */
    class KeyDestroyedException extends PersonalDataErasedException {
    }

    /** The subject a key belongs to, and whether it still exists; empty for an unknown key id. */
    Optional<KeyOwner> ownerOf(String keyId);

    record KeyOwner(String subjectId, boolean destroyed) {
    }

    /** A live data key and its id (which every value sealed under it carries). */
    record DataKey(String id, SecretKey key) {
    }
}
