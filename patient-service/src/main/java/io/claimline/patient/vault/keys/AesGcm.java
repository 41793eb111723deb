package io.claimline.patient.vault.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a 96-bit random nonce; the key id is authenticated data, so a ciphertext cannot be moved
 * to another patient's key. Used both to wrap data keys under the master key and to seal PHI under data keys.
 */
public final class AesGcm {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final SecretKey masterKey;

    public AesGcm(String base64MasterKey) {
        byte[] key = Base64.getDecoder().decode(base64MasterKey);
        if (key.length != 32) {
            throw new IllegalArgumentException("the PHI master key must be 32 bytes (base64)");
        }
        this.masterKey = new SecretKeySpec(key, "AES");
    }

    public SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 unavailable", e);
        }
    }

    public byte[] wrap(SecretKey dataKey, String keyId) {
        return encrypt(masterKey, dataKey.getEncoded(), keyId);
    }

    public SecretKey unwrap(byte[] wrapped, String keyId) {
        return new SecretKeySpec(decrypt(masterKey, wrapped, keyId), "AES");
    }

    byte[] encrypt(SecretKey key, byte[] plaintext, String keyId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    byte[] decrypt(SecretKey key, byte[] sealed, String keyId) {
        try {
            if (sealed.length <= NONCE_BYTES) {
                throw new GeneralSecurityException("too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed value is not authentic for key " + keyId, e);
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
