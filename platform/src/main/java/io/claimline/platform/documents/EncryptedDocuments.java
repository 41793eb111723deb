package io.claimline.platform.documents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files that hold PHI (statements, 837 and 835 files, placement files), kept in the service's own PostgreSQL,
 * encrypted at rest (ADR 0022): per document a fresh data key wrapped by the service's key-encryption key
 * ({@code claimline.documents.key}). Content-addressed: a document is named within its clinic by the SHA-256 of its
 * plaintext, so storing the same bytes again stores nothing and answers the same {@link DocumentRef}, and an event
 * can carry the ref (hash, media type, size) instead of the file.
 *
 * <p>The store is append-only: a document is never changed. Its plaintext exists only in the caller's memory.
 */
public class EncryptedDocuments {

    static final String STORED_METRIC = "claimline.documents.stored";
    static final String STORED_BYTES_METRIC = "claimline.documents.stored.bytes";

    // Media types are chosen by code (application/pdf, application/edi-x12), never by a user; the strict form keeps
    // the metric label bounded and the column clean.
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final JdbcTemplate jdbc;
    private final DocumentCipher cipher;
    private final Clock clock;
    private final MeterRegistry meters;

    EncryptedDocuments(JdbcTemplate jdbc, DocumentCipher cipher, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Stores a document of a clinic, encrypted, unless the clinic has the same bytes stored already: either way the
     * answer is the same ref. If the same bytes were stored first under another media type, that first one stays.
     */
    public DocumentRef store(String clinicId, String mediaType, byte[] content) {
        requireClinic(clinicId);
        Objects.requireNonNull(content, "content");
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("mediaType must be a lower-case type/subtype without parameters");
        }
        String sha256 = sha256(content);
        Optional<DocumentRef> existing = find(clinicId, sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        DocumentCipher.Sealed sealed = cipher.seal(clinicId, sha256, content);
        // A concurrent store of the same bytes may win the race: its row is as good as ours.
        int inserted = jdbc.update("""
                INSERT INTO encrypted_documents (clinic_id, sha256, media_type, size, key_id, wrapped_key, nonce,
                                                 ciphertext, stored_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (clinic_id, sha256) DO NOTHING""",
                clinicId, sha256, mediaType, (long) content.length, sealed.keyId(), sealed.wrappedKey(),
                sealed.nonce(), sealed.ciphertext(), Timestamp.from(clock.instant()));
        if (inserted == 0) {
            return find(clinicId, sha256).orElseThrow();
        }
        Counter.builder(STORED_METRIC).description("Documents stored encrypted (new content only)")
                .tag("media_type", mediaType).register(meters).increment();
        DistributionSummary.builder(STORED_BYTES_METRIC).description("Plaintext size of documents stored")
                .baseUnit("bytes").tag("media_type", mediaType).register(meters).record(content.length);
        return new DocumentRef(sha256, mediaType, content.length);
    }

    /**
     * The plaintext of a clinic's document, or empty when the clinic has no document with that hash (another
     * clinic's document is not found either). A stored row that fails authentication — tampered, or moved to this
     * clinic or hash from elsewhere — throws {@link DocumentNotAuthenticException}: never wrong bytes.
     */
    public Optional<byte[]> read(String clinicId, String sha256) {
        requireClinic(clinicId);
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        List<DocumentCipher.Sealed> rows = jdbc.query("""
                SELECT key_id, wrapped_key, nonce, ciphertext FROM encrypted_documents
                WHERE clinic_id = ? AND sha256 = ?""",
                (rs, n) -> new DocumentCipher.Sealed(rs.getString("key_id"), rs.getBytes("wrapped_key"),
                        rs.getBytes("nonce"), rs.getBytes("ciphertext")),
                clinicId, sha256);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        byte[] content = cipher.open(clinicId, sha256, rows.get(0));
        // The AAD already binds the hash; checking it again costs one digest and guards against a store bug.
        if (!sha256.equals(sha256(content))) {
            throw new DocumentNotAuthenticException("document " + sha256 + " of clinic " + clinicId
                    + " does not hash to its name");
        }
        return Optional.of(content);
    }

    /** The ref of a stored document, without decrypting it. */
    public Optional<DocumentRef> find(String clinicId, String sha256) {
        return jdbc.query("SELECT media_type, size FROM encrypted_documents WHERE clinic_id = ? AND sha256 = ?",
                (rs, n) -> new DocumentRef(sha256, rs.getString("media_type"), rs.getLong("size")),
                clinicId, sha256).stream().findFirst();
    }

    /** The SHA-256 of content, hex, lower case: the name a document gets in {@link DocumentRef#sha256()}. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable in this JVM", e);
        }
    }

    private static void requireClinic(String clinicId) {
        if (clinicId == null || clinicId.isBlank()) {
            throw new IllegalArgumentException("clinicId is required");
        }
    }
}
