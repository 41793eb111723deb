package io.claimline.platform.documents;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of one document (ADR 0022): a fresh random AES-256 data key per document encrypts the
 * content (AES-256-GCM, random 96-bit nonce); the service's key-encryption key wraps the data key (AES-256-GCM, its
 * own nonce, prepended to the wrapped key). Both encryptions authenticate the clinic id and the document's SHA-256,
 * so a row copied to another clinic or another hash fails to open instead of answering someone else's bytes; the
 * wrapping also authenticates the key id.
 *
 * <p>Holds the current key-encryption key, which seals, and any previous ones, which only open (rotation): a key's
 * id is a fingerprint of the key, so a row names the key it needs without anyone having to label keys by hand.
 */
final class DocumentCipher {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String AES_GCM = "AES/GCM/NoPadding";

    record Sealed(String keyId, byte[] wrappedKey, byte[] nonce, byte[] ciphertext) {
    }

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    /**
     * @param base64Key the current key-encryption key ({@code claimline.documents.key}), 32 random bytes in base64
     * @param previousBase64Keys keys documents may still be wrapped under; never used to seal
     */
    DocumentCipher(String base64Key, List<String> previousBase64Keys) {
        SecretKey current = decode(base64Key, "claimline.documents.key");
        this.currentKeyId = keyId(current);
        keys.put(currentKeyId, current);
        for (String previous : previousBase64Keys) {
            SecretKey key = decode(previous, "claimline.documents.previous-keys");
            keys.putIfAbsent(keyId(key), key);
        }
    }

    String currentKeyId() {
        return currentKeyId;
    }

    Sealed seal(String clinicId, String sha256, byte[] content) {
        byte[] dataKey = new byte[KEY_BYTES];
        random.nextBytes(dataKey);
        try {
            byte[] nonce = nonce();
            byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), nonce,
                    contentAad(clinicId, sha256), content, 0, content.length);
            byte[] wrapNonce = nonce();
            byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), wrapNonce,
                    wrapAad(currentKeyId, clinicId, sha256), dataKey, 0, dataKey.length);
            return new Sealed(currentKeyId, concat(wrapNonce, wrapped), nonce, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is unavailable in this JVM", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    byte[] open(String clinicId, String sha256, Sealed sealed) {
        SecretKey keyEncryptionKey = keys.get(sealed.keyId());
        if (keyEncryptionKey == null) {
            throw new DocumentNotAuthenticException("document " + sha256 + " of clinic " + clinicId
                    + " is wrapped under key " + sealed.keyId() + ", which this service does not hold");
        }
        byte[] wrapped = sealed.wrappedKey();
        byte[] dataKey = null;
        try {
            if (wrapped.length <= NONCE_BYTES) {
                throw new GeneralSecurityException("wrapped key too short");
            }
            dataKey = gcm(Cipher.DECRYPT_MODE, keyEncryptionKey, Arrays.copyOf(wrapped, NONCE_BYTES),
                    wrapAad(sealed.keyId(), clinicId, sha256), wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
            return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), sealed.nonce(),
                    contentAad(clinicId, sha256), sealed.ciphertext(), 0, sealed.ciphertext().length);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new DocumentNotAuthenticException("document " + sha256 + " of clinic " + clinicId
                    + " is not authentic under key " + sealed.keyId(), e);
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    /** A fingerprint, not the key: SHA-256 of a 256-bit random key tells nothing about the key. */
    static String keyId(SecretKey key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("claimline-documents-key-id|".getBytes(StandardCharsets.UTF_8));
            return "kek-" + HexFormat.of().formatHex(digest.digest(key.getEncoded()), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is unavailable in this JVM", e);
        }
    }

    private byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] nonce, byte[] aad, byte[] input, int offset,
            int length) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(AES_GCM);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(aad);
        return cipher.doFinal(input, offset, length);
    }

    // The hash is fixed-length hex at the end, so no clinic id can make two different pairs read alike.
    private static byte[] contentAad(String clinicId, String sha256) {
        return ("claimline-document|" + clinicId + "|" + sha256).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] wrapAad(String keyId, String clinicId, String sha256) {
        return ("claimline-document-key|" + keyId + "|" + clinicId + "|" + sha256).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    // The message names the setting, never the value.
    private static SecretKey decode(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(setting + " must be " + KEY_BYTES + " random bytes (base64)");
        }
        return new SecretKeySpec(key, "AES");
    }
}
