package io.claimline.patient.vault.record;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained PHI access record ({@code phi_access_record}). Appends are serialised by a
 * transaction-scoped advisory lock, so each entry chains to the one committed before it; an append joins the
 * caller's transaction when there is one (a key destruction commits with its event), and commits before any
 * plaintext leaves the vault otherwise.
 */
@Component
public class PhiAccessRecord {

    /** Any constant: the lock only orders appends to this one table. */
    private static final long APPEND_LOCK = 0x5048_4941_4343L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;

    public PhiAccessRecord(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.meters = meters;
    }

    public PhiAccessEntry append(PhiAccessEntry.Draft draft) {
        PhiAccessEntry entry = transaction.execute(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, APPEND_LOCK);
            List<Object[]> last = jdbc.query("SELECT sequence, hash FROM phi_access_record ORDER BY sequence DESC LIMIT 1",
                    (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
            long sequence = last.isEmpty() ? 1 : (long) last.get(0)[0] + 1;
            String previousHash = last.isEmpty() ? PhiAccessChain.GENESIS : (String) last.get(0)[1];
            // PostgreSQL keeps microseconds: hash exactly what will be read back.
            Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String hash = PhiAccessChain.hash(previousHash, sequence, recordedAt, draft);
            jdbc.update("""
                    INSERT INTO phi_access_record (sequence, recorded_at, operation, service, acting_user, clinic_id,
                        purpose, outcome, detail, items, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    sequence, Timestamp.from(recordedAt), draft.operation(), draft.service(), draft.actingUser(),
                    draft.clinicId(), draft.purpose(), draft.outcome(), draft.detail(),
                    PhiAccessChain.itemsJson(draft.items()), previousHash, hash);
            return new PhiAccessEntry(sequence, recordedAt, draft.operation(), draft.service(), draft.actingUser(),
                    draft.clinicId(), draft.purpose(), draft.outcome(), draft.detail(), draft.items(), previousHash,
                    hash);
        });
        meters.counter("claimline.phi.access", "operation", draft.operation(), "purpose", draft.purpose(),
                "outcome", draft.outcome()).increment();
        return entry;
    }

    /** A clinic's entries after a sequence, oldest first; optionally only those naming one patient. */
    public List<PhiAccessEntry> find(String clinicId, String patientId, long afterSequence, int limit) {
        if (patientId == null) {
            return jdbc.query("""
                    SELECT * FROM phi_access_record WHERE clinic_id = ? AND sequence > ?
                    ORDER BY sequence LIMIT ?""", this::entry, clinicId, afterSequence, limit);
        }
        String containsPatient = "[{\"patientId\":\"" + UUID.fromString(patientId) + "\"}]";
        return jdbc.query("""
                SELECT * FROM phi_access_record WHERE clinic_id = ? AND sequence > ? AND items::jsonb @> ?::jsonb
                ORDER BY sequence LIMIT ?""", this::entry, clinicId, afterSequence, containsPatient, limit);
    }

    /** Walks the whole record in order and checks every link of the chain. */
    public PhiAccessChain.Verification verify() {
        PhiAccessChain.Verifier verifier = new PhiAccessChain.Verifier();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT * FROM phi_access_record ORDER BY sequence");
            statement.setFetchSize(1000);
            return statement;
        }, (ResultSet rs) -> {
            verifier.accept(entry(rs, 0));
        });
        PhiAccessChain.Verification result = verifier.result();
        meters.counter("claimline.phi.access.verifications", "verified", String.valueOf(result.verified()))
                .increment();
        return result;
    }

    private PhiAccessEntry entry(ResultSet rs, int row) throws SQLException {
        return new PhiAccessEntry(rs.getLong("sequence"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("operation"), rs.getString("service"), rs.getString("acting_user"),
                rs.getString("clinic_id"), rs.getString("purpose"), rs.getString("outcome"), rs.getString("detail"),
                PhiAccessChain.items(rs.getString("items")), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
