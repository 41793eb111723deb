package io.claimline.claims.exchange.inbound;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds what an acknowledgement names among the batches and sendings this service made. */
@Component
class SentBatches {

    private final JdbcTemplate jdbc;

    SentBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SentBatch> byInterchange(int interchangeControlNumber) {
        return batch("interchange_control_number", interchangeControlNumber);
    }

    Optional<SentBatch> byGroup(int groupControlNumber) {
        return batch("group_control_number", groupControlNumber);
    }

    /** The batch whose 837 carried this BHT03 reference (its id without dashes, 30 characters, upper case). */
    Optional<SentBatch> byReference(String reference) {
        return jdbc.query("SELECT interchange_control_number FROM claim_batch "
                        + "WHERE upper(substr(replace(batch_id::text, '-', ''), 1, 30)) = ?",
                (rs, n) -> rs.getInt(1), reference).stream().findFirst().flatMap(this::byInterchange);
    }

    /** The sending that carried this patient control number (CLM01), with its batch. */
    Optional<Sending> byPatientControlNumber(String patientControlNumber) {
        return jdbc.query("""
                SELECT claim_id::text AS claim_id, clinic_id, submission, batch_id::text AS batch_id
                FROM claim_submission WHERE patient_control_number = ?""",
                (rs, n) -> new Sending(rs.getString("batch_id"), rs.getString("clinic_id"),
                        new SentBatch.SentClaim(rs.getString("claim_id"), rs.getInt("submission"),
                                patientControlNumber)), patientControlNumber).stream().findFirst();
    }

    record Sending(String batchId, String clinicId, SentBatch.SentClaim claim) {
    }

    void recordInterchangeAcknowledgement(String batchId, String code, java.time.Instant at) {
        jdbc.update("UPDATE claim_batch SET interchange_acknowledgement = ?, acknowledged_at = ? "
                + "WHERE batch_id = ?::uuid", code, java.sql.Timestamp.from(at), batchId);
    }

    void recordGroupAcknowledgement(String batchId, String code, java.time.Instant at) {
        jdbc.update("UPDATE claim_batch SET group_acknowledgement = ?, acknowledged_at = ? WHERE batch_id = ?::uuid",
                code, java.sql.Timestamp.from(at), batchId);
    }

    private Optional<SentBatch> batch(String column, int number) {
        return jdbc.query("SELECT batch_id::text AS batch_id, clinic_id, interchange_control_number, "
                        + "transaction_set_control_number FROM claim_batch WHERE " + column + " = ?",
                (rs, n) -> new SentBatch(rs.getString("batch_id"), rs.getString("clinic_id"),
                        rs.getInt("interchange_control_number"), rs.getInt("transaction_set_control_number"),
                        claims(rs.getString("batch_id"))), number).stream().findFirst();
    }

    private List<SentBatch.SentClaim> claims(String batchId) {
        return jdbc.query("""
                SELECT claim_id::text AS claim_id, submission, patient_control_number FROM claim_batch_claim
                WHERE batch_id = ?::uuid ORDER BY patient_control_number""",
                (rs, n) -> new SentBatch.SentClaim(rs.getString("claim_id"), rs.getInt("submission"),
                        rs.getString("patient_control_number")), batchId);
    }
}
