package io.claimline.claims.exchange.inbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the received files a clinic may see: its own, and those that named no clinic (rejected files, kept under
 * the clearinghouse), which any clinic's biller may inspect by name, kind and problem.
 */
@Component
public class InboundFileViews {

    private final JdbcTemplate jdbc;

    InboundFileViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<InboundFileView> list(String clinicId, String outcome, int offset, int limit) {
        return jdbc.query("""
                SELECT * FROM clearinghouse_inbound_file WHERE (clinic_id = ? OR clinic_id IS NULL)
                    AND (?::text IS NULL OR outcome = ?) ORDER BY received_at DESC, file_id OFFSET ? LIMIT ?""",
                (rs, n) -> view(rs), clinicId, outcome, outcome, offset, limit);
    }

    /** The file and the owner its bytes are stored under. */
    public Optional<Stored> find(UUID fileId, String clinicId) {
        return jdbc.query("""
                SELECT * FROM clearinghouse_inbound_file WHERE file_id = ? AND (clinic_id = ? OR clinic_id IS NULL)""",
                (rs, n) -> new Stored(view(rs), rs.getString("stored_under")), fileId, clinicId).stream()
                .findFirst();
    }

    public record Stored(InboundFileView file, String storedUnder) {
    }

    private static InboundFileView view(ResultSet rs) throws SQLException {
        return new InboundFileView(rs.getString("file_id"), rs.getString("file_name"), rs.getString("kind"),
                rs.getString("outcome"), rs.getString("problem"), (Integer) rs.getObject("problem_segment_position"),
                rs.getString("problem_segment_id"), (Integer) rs.getObject("interchange_control_number"),
                rs.getInt("claims_applied"), rs.getInt("size_bytes"), rs.getString("file_sha256"),
                rs.getTimestamp("received_at").toInstant());
    }
}
