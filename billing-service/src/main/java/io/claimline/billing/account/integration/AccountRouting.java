package io.claimline.billing.account.integration;

import io.claimline.billing.account.api.AccountId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which account answers for a patient now, and where a merged account went: the consumer's own state, written in
 * the inbox transaction with the commands it sends, so the next event of the patient finds it whatever the
 * projections' lag. The aggregates stay the authority on membership; this only says whom to address.
 */
@Component
class AccountRouting {

    /** A chain of merges longer than this is a fault, not data. */
    private static final int MAX_REDIRECTS = 16;

    private final JdbcTemplate jdbc;

    AccountRouting(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountId> responsibleFor(String patientId) {
        return jdbc.queryForList("SELECT account_id FROM account_responsibility WHERE patient_id = ?::uuid",
                UUID.class, patientId).stream().findFirst().map(AccountId::new);
    }

    void responsible(String patientId, String clinicId, AccountId account) {
        jdbc.update("""
                INSERT INTO account_responsibility (patient_id, clinic_id, account_id) VALUES (?::uuid, ?, ?)
                ON CONFLICT (patient_id) DO UPDATE SET account_id = excluded.account_id""",
                patientId, clinicId, account.value());
    }

    /** Registration makes the patient their own guarantor unless an assignment already arrived. */
    void responsibleIfUnknown(String patientId, String clinicId, AccountId account) {
        jdbc.update("""
                INSERT INTO account_responsibility (patient_id, clinic_id, account_id) VALUES (?::uuid, ?, ?)
                ON CONFLICT (patient_id) DO NOTHING""", patientId, clinicId, account.value());
    }

    void merged(AccountId account, String clinicId, AccountId survivor) {
        jdbc.update("""
                INSERT INTO account_redirect (account_id, clinic_id, surviving_account_id) VALUES (?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET surviving_account_id = excluded.surviving_account_id""",
                account.value(), clinicId, survivor.value());
    }

    /** The account that answers for {@code account} now: itself, or where its merges lead. */
    AccountId live(AccountId account) {
        AccountId current = account;
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            Optional<AccountId> next = jdbc.queryForList(
                    "SELECT surviving_account_id FROM account_redirect WHERE account_id = ?", UUID.class,
                    current.value()).stream().findFirst().map(AccountId::new);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        throw new IllegalStateException("account redirects do not end");
    }
}
