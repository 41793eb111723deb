package io.claimline.platform.codes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A code file this service loaded: its kind, whether it is shared by every clinic or one clinic's own (CPT), its
 * SHA-256 (the same file again is the same load), how many codes it held, and the range given at load time (null
 * for a file that carries its own dates, HCPCS).
 */
public record LoadedFile(long id, CodeFileKind kind, Scope scope, String fileName, String sha256, int entries,
        LocalDate effectiveFrom, LocalDate effectiveThrough, Instant loadedAt, String loadedBy) {

    /** Shared: a CMS file every clinic of the service uses. Clinic: the calling clinic's own licensed file. */
    public enum Scope { SHARED, CLINIC }
}
