package io.claimline.patient.registry;

import io.claimline.patient.vault.keys.AesGcm;
import io.claimline.patient.vault.keys.DataKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/** Data keys held in memory, for aggregate tests that run without a database. */
public final class InMemoryDataKeys implements DataKeys {

    private final AesGcm aes;
    private final Map<String, String> keyIdBySubject = new HashMap<>();
    private final Map<String, SecretKey> keys = new HashMap<>();

    public InMemoryDataKeys(AesGcm aes) {
        this.aes = aes;
    }

    @Override
    public DataKey liveKeyFor(String subjectId) {
        String keyId = keyIdBySubject.computeIfAbsent(subjectId, subject -> {
            String newKeyId = UUID.randomUUID().toString();
            keys.put(newKeyId, aes.newDataKey());
            return newKeyId;
        });
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new KeyDestroyedException();
        }
        return new DataKey(keyId, key);
    }

    @Override
    public Optional<SecretKey> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public Optional<KeyOwner> ownerOf(String keyId) {
        return keyIdBySubject.entrySet().stream().filter(entry -> entry.getValue().equals(keyId)).findFirst()
                .map(entry -> new KeyOwner(entry.getKey(), !keys.containsKey(keyId)));
    }

    @Override
    public boolean destroy(String subjectId) {
        String keyId = keyIdBySubject.get(subjectId);
        return keyId != null && keys.remove(keyId) != null;
    }
}
