package io.claimline.patient.payer.command;

import io.claimline.patient.payer.api.PayerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link EdiPayerIds} on the {@code payer_edi_id} table (its primary key is the rule). */
@Component
class JdbcEdiPayerIds implements EdiPayerIds {

    private final JdbcTemplate jdbc;

    JdbcEdiPayerIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String clinicId, String ediPayerId, PayerId payerId) {
        // Inserted, or already this payer's (the no-op update counts as a row): claimed. Another payer's row:
        // 0 rows. A concurrent claim waits on the uncommitted row, then sees it committed (0) or gone (1);
        // ON CONFLICT never raises, so a lost race is a clear 400, not a failed transaction.
        return jdbc.update("""
                INSERT INTO payer_edi_id (clinic_id, edi_payer_id, payer_id) VALUES (?, ?, ?)
                ON CONFLICT (clinic_id, edi_payer_id) DO UPDATE SET payer_id = excluded.payer_id
                WHERE payer_edi_id.payer_id = excluded.payer_id""",
                clinicId, ediPayerId, payerId.value()) == 1;
    }

    @Override
    public void release(String clinicId, String ediPayerId, PayerId payerId) {
        jdbc.update("DELETE FROM payer_edi_id WHERE clinic_id = ? AND edi_payer_id = ? AND payer_id = ?",
                clinicId, ediPayerId, payerId.value());
    }
}
