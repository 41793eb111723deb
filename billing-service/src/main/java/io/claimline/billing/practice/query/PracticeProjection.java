package io.claimline.billing.practice.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.billing.practice.api.Address;
import io.claimline.billing.practice.api.ClinicProfileChangedEvent;
import io.claimline.billing.practice.api.LocationAddedEvent;
import io.claimline.billing.practice.api.LocationChangedEvent;
import io.claimline.billing.practice.api.LocationDetails;
import io.claimline.billing.practice.api.LocationId;
import io.claimline.billing.practice.api.PracticeEvent;
import io.claimline.billing.practice.api.ProviderAddedEvent;
import io.claimline.billing.practice.api.ProviderChangedEvent;
import io.claimline.billing.practice.api.ProviderDeactivatedEvent;
import io.claimline.billing.practice.api.ProviderDetails;
import io.claimline.billing.practice.api.ProviderId;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The practice setups for reads, every version kept so that "as of a date" is a query. Idempotent upserts keyed by
 * id and effective date, so a replay rebuilds the same rows; a thing's last day moves only forward in sequence.
 */
@Component
@ProcessingGroup(PracticeProjection.PROCESSING_GROUP)
@ReadModel({
        @ReadModel.Table(name = "rm_practice", aggregateIdColumn = "clinic_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_practice_clinic_version", aggregateIdColumn = "clinic_id",
                clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_practice_provider", aggregateIdColumn = "clinic_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_practice_provider_version", aggregateIdColumn = "clinic_id",
                clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_practice_location", aggregateIdColumn = "clinic_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_practice_location_version", aggregateIdColumn = "clinic_id",
                clinicIdColumn = "clinic_id")})
public class PracticeProjection {

    public static final String PROCESSING_GROUP = "practice-setup";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadYourWrites readYourWrites;

    public PracticeProjection(JdbcTemplate jdbc, ObjectMapper json, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.json = json;
        this.readYourWrites = readYourWrites;
    }

    @EventHandler
    void on(ClinicProfileChangedEvent event, @SequenceNumber long sequence) {
        String clinicId = event.practiceId().clinicId();
        var profile = event.profile();
        jdbc.update("""
                INSERT INTO rm_practice_clinic_version (clinic_id, effective_from, legal_name, billing_npi, tax_id,
                    taxonomy, billing_address, pay_to_address, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
                ON CONFLICT (clinic_id, effective_from) DO UPDATE SET legal_name = excluded.legal_name,
                    billing_npi = excluded.billing_npi, tax_id = excluded.tax_id, taxonomy = excluded.taxonomy,
                    billing_address = excluded.billing_address, pay_to_address = excluded.pay_to_address,
                    recorded_at = excluded.recorded_at""",
                clinicId, Date.valueOf(event.effectiveFrom()), profile.legalName(), profile.billingNpi(),
                profile.taxId(), profile.taxonomy(), write(profile.billingAddress()), write(profile.payToAddress()),
                Timestamp.from(event.recordedAt()));
        reached(event, sequence);
    }

    @EventHandler
    void on(ProviderAddedEvent event, @SequenceNumber long sequence) {
        provider(event, event.providerId(), event.effectiveFrom(), event.effectiveTo(), event.details(), sequence);
    }

    @EventHandler
    void on(ProviderChangedEvent event, @SequenceNumber long sequence) {
        provider(event, event.providerId(), event.effectiveFrom(), event.effectiveTo(), event.details(), sequence);
    }

    @EventHandler
    void on(ProviderDeactivatedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                UPDATE rm_practice_provider SET effective_to = ?, deactivation_reason = ?, last_sequence = ?
                WHERE provider_id = ? AND last_sequence < ?""",
                Date.valueOf(event.effectiveTo()), event.reason(), sequence, event.providerId().value(), sequence);
        reached(event, sequence);
    }

    @EventHandler
    void on(LocationAddedEvent event, @SequenceNumber long sequence) {
        location(event, event.locationId(), event.effectiveFrom(), event.effectiveTo(), event.details(), sequence);
    }

    @EventHandler
    void on(LocationChangedEvent event, @SequenceNumber long sequence) {
        location(event, event.locationId(), event.effectiveFrom(), event.effectiveTo(), event.details(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_practice_location_version");
        jdbc.update("DELETE FROM rm_practice_location");
        jdbc.update("DELETE FROM rm_practice_provider_version");
        jdbc.update("DELETE FROM rm_practice_provider");
        jdbc.update("DELETE FROM rm_practice_clinic_version");
        jdbc.update("DELETE FROM rm_practice");
    }

    private void provider(PracticeEvent event, ProviderId providerId, LocalDate from, LocalDate to,
            ProviderDetails details, long sequence) {
        String clinicId = event.practiceId().clinicId();
        // A version's own effective date is its key: re-applying it writes the same row.
        jdbc.update("""
                INSERT INTO rm_practice_provider (provider_id, clinic_id, effective_to, deactivation_reason,
                    last_sequence)
                VALUES (?, ?, ?, NULL, ?)
                ON CONFLICT (provider_id) DO UPDATE SET effective_to = excluded.effective_to,
                    deactivation_reason = NULL, last_sequence = excluded.last_sequence
                WHERE rm_practice_provider.last_sequence < excluded.last_sequence""",
                providerId.value(), clinicId, date(to), sequence);
        jdbc.update("""
                INSERT INTO rm_practice_provider_version (provider_id, effective_from, clinic_id, npi, given_name,
                    family_name, taxonomy, credential, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (provider_id, effective_from) DO UPDATE SET npi = excluded.npi,
                    given_name = excluded.given_name, family_name = excluded.family_name,
                    taxonomy = excluded.taxonomy, credential = excluded.credential,
                    recorded_at = excluded.recorded_at""",
                providerId.value(), Date.valueOf(from), clinicId, details.npi(), details.givenName(),
                details.familyName(), details.taxonomy(), details.credential(), Timestamp.from(event.recordedAt()));
        reached(event, sequence);
    }

    private void location(PracticeEvent event, LocationId locationId, LocalDate from, LocalDate to,
            LocationDetails details, long sequence) {
        String clinicId = event.practiceId().clinicId();
        jdbc.update("""
                INSERT INTO rm_practice_location (location_id, clinic_id, effective_to, last_sequence)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (location_id) DO UPDATE SET effective_to = excluded.effective_to,
                    last_sequence = excluded.last_sequence
                WHERE rm_practice_location.last_sequence < excluded.last_sequence""",
                locationId.value(), clinicId, date(to), sequence);
        jdbc.update("""
                INSERT INTO rm_practice_location_version (location_id, effective_from, clinic_id, name, address,
                    place_of_service, npi, recorded_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (location_id, effective_from) DO UPDATE SET name = excluded.name,
                    address = excluded.address, place_of_service = excluded.place_of_service, npi = excluded.npi,
                    recorded_at = excluded.recorded_at""",
                locationId.value(), Date.valueOf(from), clinicId, details.name(), write(details.address()),
                details.placeOfService(), details.npi(), Timestamp.from(event.recordedAt()));
        reached(event, sequence);
    }

    private void reached(PracticeEvent event, long sequence) {
        String clinicId = event.practiceId().clinicId();
        jdbc.update("""
                INSERT INTO rm_practice (clinic_id, version, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (clinic_id) DO UPDATE SET version = excluded.version, changed_at = excluded.changed_at
                WHERE rm_practice.version < excluded.version""",
                clinicId, sequence, Timestamp.from(event.recordedAt()));
        readYourWrites.reached(clinicId, sequence);
    }

    /** Whether the read model shows the clinic's practice at this version or later. */
    public boolean shows(String clinicId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM rm_practice WHERE clinic_id = ? AND version >= ?)", Boolean.class,
                clinicId, version));
    }

    /** The clinic's practice setup as in effect on {@code date}; empty when no profile version was yet. */
    public Optional<PracticeSetup> asOf(String clinicId, LocalDate date) {
        List<Long> versions = jdbc.queryForList("SELECT version FROM rm_practice WHERE clinic_id = ?", Long.class,
                clinicId);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Date day = Date.valueOf(date);
        Optional<PracticeSetup.Clinic> clinic = jdbc.query("""
                SELECT * FROM rm_practice_clinic_version WHERE clinic_id = ? AND effective_from <= ?
                ORDER BY effective_from DESC LIMIT 1""", (rs, n) -> clinic(rs), clinicId, day).stream().findFirst();
        if (clinic.isEmpty()) {
            return Optional.empty();
        }
        List<PracticeSetup.Provider> providers = jdbc.query("""
                SELECT * FROM (
                    SELECT DISTINCT ON (v.provider_id) v.*, p.effective_to
                    FROM rm_practice_provider_version v JOIN rm_practice_provider p USING (provider_id)
                    WHERE p.clinic_id = ? AND v.effective_from <= ? AND (p.effective_to IS NULL OR p.effective_to >= ?)
                    ORDER BY v.provider_id, v.effective_from DESC) in_effect
                ORDER BY family_name, given_name, provider_id""", (rs, n) -> provider(rs), clinicId, day, day);
        List<PracticeSetup.Location> locations = jdbc.query("""
                SELECT * FROM (
                    SELECT DISTINCT ON (v.location_id) v.*, l.effective_to
                    FROM rm_practice_location_version v JOIN rm_practice_location l USING (location_id)
                    WHERE l.clinic_id = ? AND v.effective_from <= ? AND (l.effective_to IS NULL OR l.effective_to >= ?)
                    ORDER BY v.location_id, v.effective_from DESC) in_effect
                ORDER BY name, location_id""", (rs, n) -> location(rs), clinicId, day, day);
        return Optional.of(new PracticeSetup(clinicId, date, clinic.get(), providers, locations, versions.get(0)));
    }

    /** The practice's version, when it exists (for ETags of writes that answer no body). */
    public Optional<Long> version(String clinicId) {
        return jdbc.queryForList("SELECT version FROM rm_practice WHERE clinic_id = ?", Long.class, clinicId).stream()
                .findFirst();
    }

    private PracticeSetup.Clinic clinic(ResultSet rs) throws SQLException {
        return new PracticeSetup.Clinic(rs.getDate("effective_from").toLocalDate(), rs.getString("legal_name"),
                rs.getString("billing_npi"), rs.getString("tax_id"), rs.getString("taxonomy"),
                read(rs.getString("billing_address")), read(rs.getString("pay_to_address")));
    }

    private static PracticeSetup.Provider provider(ResultSet rs) throws SQLException {
        return new PracticeSetup.Provider(rs.getString("provider_id"), rs.getDate("effective_from").toLocalDate(),
                localDate(rs.getDate("effective_to")), rs.getString("npi"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("taxonomy"), rs.getString("credential"));
    }

    private PracticeSetup.Location location(ResultSet rs) throws SQLException {
        return new PracticeSetup.Location(rs.getString("location_id"), rs.getDate("effective_from").toLocalDate(),
                localDate(rs.getDate("effective_to")), rs.getString("name"), read(rs.getString("address")),
                rs.getString("place_of_service"), rs.getString("npi"));
    }

    private String write(Address address) {
        try {
            return address == null ? null : json.writeValueAsString(address);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("address could not be written", e);
        }
    }

    private Address read(String address) {
        try {
            return address == null ? null : json.readValue(address, Address.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored address unreadable", e);
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
