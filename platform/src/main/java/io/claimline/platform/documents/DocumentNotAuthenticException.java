package io.claimline.platform.documents;

/**
 * A stored document failed authentication: its ciphertext, wrapped key or nonce was changed, it was moved to
 * another clinic or sha256, or it was stored under a key this service no longer holds. Never answered with bytes.
 * The message names the clinic, the document's hash and the key id only.
 */
public class DocumentNotAuthenticException extends RuntimeException {

    DocumentNotAuthenticException(String message, Throwable cause) {
        super(message, cause);
    }

    DocumentNotAuthenticException(String message) {
        super(message);
    }
}
