package io.claimline.billing.pricing.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.billing.pricing.api.ContractEndedEvent;
import io.claimline.billing.pricing.api.ContractEvent;
import io.claimline.billing.pricing.api.ContractTerms;
import io.claimline.billing.pricing.api.ContractTermsSetEvent;
import io.claimline.billing.pricing.api.PricesEndedEvent;
import io.claimline.billing.pricing.api.PricesSetEvent;
import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The chargemasters and payer contracts for reads, every version kept so that "as of the date of service" is a
 * query. Idempotent upserts keyed by clinic, code (or payer) and first day, so a replay rebuilds the same rows; an
 * end is a row whose price (terms) is null, replaced should a later write start a version on that same day.
 */
@Component
@ProcessingGroup(PricingProjection.PROCESSING_GROUP)
@ReadModel({
        @ReadModel.Table(name = "rm_chargemaster", aggregateIdColumn = "chargemaster_id",
                clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_chargemaster_price", aggregateIdColumn = "chargemaster_id",
                clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_payer_contract", aggregateIdColumn = "contract_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_payer_contract_version", aggregateIdColumn = "contract_id",
                clinicIdColumn = "clinic_id")})
public class PricingProjection {

    public static final String PROCESSING_GROUP = "pricing";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadYourWrites readYourWrites;

    public PricingProjection(JdbcTemplate jdbc, ObjectMapper json, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.json = json;
        this.readYourWrites = readYourWrites;
    }

    @EventHandler
    void on(PricesSetEvent event, @SequenceNumber long sequence) {
        String clinicId = event.chargemasterId().clinicId();
        Date from = Date.valueOf(event.effectiveFrom());
        Timestamp recordedAt = Timestamp.from(event.recordedAt());
        jdbc.batchUpdate("""
                INSERT INTO rm_chargemaster_price (clinic_id, code, effective_from, chargemaster_id, unit_price,
                    recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (clinic_id, code, effective_from) DO UPDATE SET unit_price = excluded.unit_price,
                    recorded_at = excluded.recorded_at""",
                event.prices(), 500, (statement, price) -> {
                    statement.setString(1, clinicId);
                    statement.setString(2, price.code());
                    statement.setDate(3, from);
                    statement.setString(4, event.chargemasterId().toString());
                    statement.setBigDecimal(5, price.unitPrice().amount());
                    statement.setTimestamp(6, recordedAt);
                });
        chargemasterReached(event.chargemasterId().clinicId(), event.chargemasterId().toString(), event.recordedAt(),
                sequence);
    }

    @EventHandler
    void on(PricesEndedEvent event, @SequenceNumber long sequence) {
        String clinicId = event.chargemasterId().clinicId();
        Date from = Date.valueOf(event.effectiveTo().plusDays(1));
        Timestamp recordedAt = Timestamp.from(event.recordedAt());
        jdbc.batchUpdate("""
                INSERT INTO rm_chargemaster_price (clinic_id, code, effective_from, chargemaster_id, unit_price,
                    recorded_at)
                VALUES (?, ?, ?, ?, NULL, ?)
                ON CONFLICT (clinic_id, code, effective_from) DO UPDATE SET unit_price = NULL,
                    recorded_at = excluded.recorded_at""",
                event.codes(), 500, (statement, code) -> {
                    statement.setString(1, clinicId);
                    statement.setString(2, code);
                    statement.setDate(3, from);
                    statement.setString(4, event.chargemasterId().toString());
                    statement.setTimestamp(5, recordedAt);
                });
        chargemasterReached(clinicId, event.chargemasterId().toString(), event.recordedAt(), sequence);
    }

    @EventHandler
    void on(ContractTermsSetEvent event, @SequenceNumber long sequence) {
        contractVersion(event, event.effectiveFrom(), write(event.terms()), sequence);
    }

    @EventHandler
    void on(ContractEndedEvent event, @SequenceNumber long sequence) {
        contractVersion(event, event.effectiveTo().plusDays(1), null, sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_payer_contract_version");
        jdbc.update("DELETE FROM rm_payer_contract");
        jdbc.update("DELETE FROM rm_chargemaster_price");
        jdbc.update("DELETE FROM rm_chargemaster");
    }

    private void chargemasterReached(String clinicId, String chargemasterId, Instant at, long sequence) {
        jdbc.update("""
                INSERT INTO rm_chargemaster (clinic_id, chargemaster_id, version, changed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (clinic_id) DO UPDATE SET version = excluded.version, changed_at = excluded.changed_at
                WHERE rm_chargemaster.version < excluded.version""",
                clinicId, chargemasterId, sequence, Timestamp.from(at));
        readYourWrites.reached(chargemasterId, sequence);
    }

    private void contractVersion(ContractEvent event, LocalDate from, String terms, long sequence) {
        var id = event.contractId();
        jdbc.update("""
                INSERT INTO rm_payer_contract_version (clinic_id, payer_id, effective_from, contract_id, terms,
                    recorded_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (clinic_id, payer_id, effective_from) DO UPDATE SET terms = excluded.terms,
                    recorded_at = excluded.recorded_at""",
                id.clinicId(), id.payerId(), Date.valueOf(from), id.toString(), terms,
                Timestamp.from(event.recordedAt()));
        jdbc.update("""
                INSERT INTO rm_payer_contract (contract_id, clinic_id, payer_id, version, changed_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (contract_id) DO UPDATE SET version = excluded.version, changed_at = excluded.changed_at
                WHERE rm_payer_contract.version < excluded.version""",
                id.toString(), id.clinicId(), id.payerId(), sequence, Timestamp.from(event.recordedAt()));
        readYourWrites.reached(id.toString(), sequence);
    }

    /** Whether the read model shows the clinic's chargemaster at this version or later. */
    public boolean showsChargemaster(String clinicId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM rm_chargemaster WHERE clinic_id = ? AND version >= ?)", Boolean.class,
                clinicId, version));
    }

    /** Whether the read model shows the contract at this version or later. */
    public boolean showsContract(String clinicId, UUID payerId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM rm_payer_contract WHERE clinic_id = ? AND payer_id = ? AND version >= ?)""",
                Boolean.class, clinicId, payerId, version));
    }

    public Optional<Long> chargemasterVersion(String clinicId) {
        return jdbc.queryForList("SELECT version FROM rm_chargemaster WHERE clinic_id = ?", Long.class, clinicId)
                .stream().findFirst();
    }

    public Optional<Long> contractVersion(String clinicId, UUID payerId) {
        return jdbc.queryForList("SELECT version FROM rm_payer_contract WHERE clinic_id = ? AND payer_id = ?",
                Long.class, clinicId, payerId).stream().findFirst();
    }

    /** The codes priced on {@code date}, by code; each with the first day of its price version in effect. */
    public List<ChargemasterPrice> pricesAsOf(String clinicId, LocalDate date) {
        return jdbc.query("""
                SELECT * FROM (
                    SELECT DISTINCT ON (code) code, effective_from, unit_price FROM rm_chargemaster_price
                    WHERE clinic_id = ? AND effective_from <= ?
                    ORDER BY code, effective_from DESC) in_effect
                WHERE unit_price IS NOT NULL ORDER BY code""",
                (rs, n) -> new ChargemasterPrice(rs.getString("code"), new Money(rs.getBigDecimal("unit_price"),
                        Money.USD), rs.getDate("effective_from").toLocalDate()), clinicId, Date.valueOf(date));
    }

    /** The price of one unit of the code on {@code date}, when the clinic priced it then. */
    public Optional<Money> unitPrice(String clinicId, ProcedureCode code, LocalDate date) {
        return jdbc.query("""
                SELECT unit_price FROM rm_chargemaster_price WHERE clinic_id = ? AND code = ? AND effective_from <= ?
                ORDER BY effective_from DESC LIMIT 1""",
                (rs, n) -> Optional.ofNullable(rs.getBigDecimal("unit_price")), clinicId, code.value(),
                Date.valueOf(date)).stream().findFirst().flatMap(price -> price).map(p -> new Money(p, Money.USD));
    }

    /** The contract's terms in force on {@code date}, with the first day of their version. */
    public Optional<ContractVersion> contractAsOf(String clinicId, UUID payerId, LocalDate date) {
        return jdbc.query("""
                SELECT effective_from, terms FROM rm_payer_contract_version
                WHERE clinic_id = ? AND payer_id = ? AND effective_from <= ?
                ORDER BY effective_from DESC LIMIT 1""",
                (rs, n) -> rs.getString("terms") == null ? null
                        : new ContractVersion(rs.getDate("effective_from").toLocalDate(), read(rs.getString("terms"))),
                clinicId, payerId, Date.valueOf(date)).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** A code's price in effect: {@code effectiveFrom} is the first day of its version. */
    public record ChargemasterPrice(String code, Money unitPrice, LocalDate effectiveFrom) {
    }

    /** A contract's terms in force: {@code effectiveFrom} is the first day of their version. */
    public record ContractVersion(LocalDate effectiveFrom, ContractTerms terms) {
    }

    private String write(ContractTerms terms) {
        try {
            return json.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract terms could not be written", e);
        }
    }

    private ContractTerms read(String terms) {
        try {
            return json.readValue(terms, ContractTerms.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored contract terms unreadable", e);
        }
    }
}
