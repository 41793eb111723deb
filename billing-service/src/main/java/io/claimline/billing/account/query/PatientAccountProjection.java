package io.claimline.billing.account.query;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.PatientAccountOpenedEvent;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.reconciliation.ReadModel;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Patient accounts for reads; idempotent upserts so a replay rebuilds the same rows. */
@Component
@ProcessingGroup(PatientAccountProjection.PROCESSING_GROUP)
@ReadModel(@ReadModel.Table(name = "rm_patient_account", aggregateIdColumn = "account_id",
        clinicIdColumn = "clinic_id"))
public class PatientAccountProjection {

    public static final String PROCESSING_GROUP = "patient-accounts";

    private final JdbcTemplate jdbc;

    public PatientAccountProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientAccountOpenedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO rm_patient_account (account_id, clinic_id, patient_id, balance, currency, opened_at, version)
                VALUES (?, ?, ?::uuid, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET clinic_id = excluded.clinic_id,
                    patient_id = excluded.patient_id, balance = excluded.balance, currency = excluded.currency,
                    opened_at = excluded.opened_at, version = excluded.version""",
                event.accountId().value(), event.clinicId(), event.patientId(), event.balance().amount(),
                event.balance().currency().getCurrencyCode(), Timestamp.from(event.openedAt()), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_patient_account");
    }

    public Optional<PatientAccountSummary> find(AccountId accountId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_patient_account WHERE account_id = ? AND clinic_id = ?",
                (rs, n) -> new PatientAccountSummary(rs.getString("account_id"), rs.getString("patient_id"),
                        new Money(rs.getBigDecimal("balance"), Currency.getInstance(rs.getString("currency"))),
                        rs.getTimestamp("opened_at").toInstant(), rs.getLong("version")),
                accountId.value(), clinicId).stream().findFirst();
    }
}
