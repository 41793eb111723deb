package io.claimline.claims.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a clinic's batches, newest first. */
@Component
public class BatchViews {

    private final JdbcTemplate jdbc;

    BatchViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<BatchView> list(String clinicId, int offset, int limit) {
        return jdbc.query("SELECT * FROM claim_batch WHERE clinic_id = ? ORDER BY cut_at DESC, batch_id OFFSET ? "
                + "LIMIT ?", (rs, n) -> view(rs), clinicId, offset, limit);
    }

    public Optional<BatchView> find(UUID batchId, String clinicId) {
        return jdbc.query("SELECT * FROM claim_batch WHERE batch_id = ? AND clinic_id = ?", (rs, n) -> view(rs),
                batchId, clinicId).stream().findFirst();
    }

    private BatchView view(ResultSet rs) throws SQLException {
        return new BatchView(rs.getString("batch_id"), rs.getString("payer_id"),
                rs.getInt("interchange_control_number"), rs.getString("file_name"), rs.getString("file_sha256"),
                rs.getInt("claim_count"), rs.getBigDecimal("total_charge"), rs.getString("cut_by"),
                instant(rs, "cut_at"), rs.getInt("send_attempts"), rs.getString("last_send_problem"),
                instant(rs, "sent_at"), rs.getString("interchange_acknowledgement"),
                rs.getString("group_acknowledgement"), instant(rs, "acknowledged_at"),
                jdbc.queryForList("SELECT patient_control_number FROM claim_batch_claim WHERE batch_id = ?::uuid "
                        + "ORDER BY 1", String.class, rs.getString("batch_id")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
