package io.claimline.patient.vault.keys;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Per-patient data keys in PostgreSQL, kept apart from the events they protect (table {@code phi_data_key}, never replayed,
 * never published). Keys are stored wrapped by the service's master key. Destroying a subject's key is
 * crypto-shredding: every sealed copy of that subject's PHI, in events, read models and Kafka records, becomes
 * unreadable while the events themselves stay immutable. The table is named with its schema: a projection that opens
 * PHI (blind keys) replayed into a reconciliation's shadow schema (search_path) still reads the one key store.
 */
public class JdbcDataKeys implements DataKeys {

    private final JdbcTemplate jdbc;
    private final AesGcm wrapper;
    private final Clock clock;

    public JdbcDataKeys(JdbcTemplate jdbc, AesGcm wrapper, Clock clock) {
        this.jdbc = jdbc;
        this.wrapper = wrapper;
        this.clock = clock;
    }

    /**
     * The subject's live key, creating it on first use: one read for a known subject, a read and an insert for a
     * new one (registration), and one more read only when another transaction created the key first.
     */
    @Override
    public DataKey liveKeyFor(String subjectId) {
        Optional<DataKey> existing = liveKey(subjectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        String keyId = UUID.randomUUID().toString();
        SecretKey key = wrapper.newDataKey();
        int inserted = jdbc.update("""
                INSERT INTO public.phi_data_key (key_id, subject_id, wrapped_key, created_at)
                VALUES (?, ?, ?, ?) ON CONFLICT (subject_id) DO NOTHING""",
                keyId, subjectId, wrapper.wrap(key, keyId), Timestamp.from(clock.instant()));
        if (inserted == 1) {
            return new DataKey(keyId, key);
        }
        return liveKey(subjectId).orElseThrow(KeyDestroyedException::new);
    }

    /** The data key, or empty once it was destroyed. */
    @Override
    public Optional<SecretKey> find(String keyId) {
        List<byte[]> wrapped = jdbc.query("SELECT wrapped_key FROM public.phi_data_key WHERE key_id = ?",
                (rs, n) -> rs.getBytes(1), keyId);
        return wrapped.stream().filter(bytes -> bytes != null).findFirst().map(bytes -> wrapper.unwrap(bytes, keyId));
    }

    /** Crypto-shredding: the key material is erased for good; the row remains as the record of when. */
    @Override
    public boolean destroy(String subjectId) {
        return jdbc.update("""
                UPDATE public.phi_data_key SET wrapped_key = NULL, destroyed_at = ?
                WHERE subject_id = ? AND wrapped_key IS NOT NULL""",
                Timestamp.from(clock.instant()), subjectId) > 0;
    }

    @Override
    public Optional<KeyOwner> ownerOf(String keyId) {
        return jdbc.query("SELECT subject_id, wrapped_key IS NULL FROM public.phi_data_key WHERE key_id = ?",
                (rs, n) -> new KeyOwner(rs.getString(1), rs.getBoolean(2)), keyId).stream().findFirst();
    }

    private Optional<DataKey> liveKey(String subjectId) {
        List<Object[]> rows = jdbc.query("SELECT key_id, wrapped_key FROM public.phi_data_key WHERE subject_id = ?",
                (rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)}, subjectId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String keyId = (String) rows.get(0)[0];
        byte[] wrapped = (byte[]) rows.get(0)[1];
        if (wrapped == null) {
            // A shredded subject never gets a new key: new PHI for them must not become readable again.
            throw new KeyDestroyedException();
        }
        return Optional.of(new DataKey(keyId, wrapper.unwrap(wrapped, keyId)));
    }
}
