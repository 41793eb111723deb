package io.claimline.platform.documents;

/**
 * A stored document, as events and read models name it: the SHA-256 of its plaintext (hex, lower case), which
 * identifies it within its clinic, its media type and its size in bytes. Holds no content and no PHI, so it may
 * travel in an integration event in place of the file.
 */
public record DocumentRef(String sha256, String mediaType, long size) {
}
