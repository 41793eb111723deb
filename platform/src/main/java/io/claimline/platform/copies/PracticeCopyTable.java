package io.claimline.platform.copies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Topics;
import io.claimline.contracts.practice.v1.Address;
import io.claimline.contracts.practice.v1.ClinicProfileChanged;
import io.claimline.contracts.practice.v1.LocationAdded;
import io.claimline.contracts.practice.v1.LocationChanged;
import io.claimline.contracts.practice.v1.ProviderAdded;
import io.claimline.contracts.practice.v1.ProviderChanged;
import io.claimline.contracts.practice.v1.ProviderDeactivated;
import io.claimline.platform.integration.IntegrationEventRefusedException;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The practice copy that patient-service and claims-service each keep in their own {@code rm_practice_*} tables
 * (same columns, each service's own V110 migration: a service owns its schema), written from
 * {@code billing.practice-events.v1} inside the inbox's transaction, and read "as of a date" (a claim or a patient
 * statement names the clinic, provider and location as they were on the date of service). Every write is an upsert
 * keyed by id and effective date, so applying an event again writes the same rows; a thing's last day only moves
 * with a later sequence. Each service makes it its own bean by extending it (its {@code practice.query.PracticeCopy}),
 * so the SQL, the handlers and the routing are written once.
 */
public class PracticeCopyTable {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    protected PracticeCopyTable(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Every practice event type this copy applies, each to its handler, for the service's listener of
     * {@link Topics#PRACTICE_EVENTS_V1} (the listener, in the service, is what names its consumer group).
     */
    public IntegrationEventRouter router(IntegrationEvents events) {
        return events.router(Topics.PRACTICE_EVENTS_V1)
                .on(ClinicProfileChanged.TYPE, ClinicProfileChanged.VERSION, ClinicProfileChanged.class,
                        this::clinicProfileChanged)
                .on(ProviderAdded.TYPE, ProviderAdded.VERSION, ProviderAdded.class, this::providerAdded)
                .on(ProviderChanged.TYPE, ProviderChanged.VERSION, ProviderChanged.class, this::providerChanged)
                .on(ProviderDeactivated.TYPE, ProviderDeactivated.VERSION, ProviderDeactivated.class,
                        this::providerDeactivated)
                .on(LocationAdded.TYPE, LocationAdded.VERSION, LocationAdded.class, this::locationAdded)
                .on(LocationChanged.TYPE, LocationChanged.VERSION, LocationChanged.class, this::locationChanged)
                .build();
    }

    /** The clinic profile in effect on {@code date}; empty before the clinic's first version. */
    public Optional<ClinicProfile> clinicAsOf(String clinicId, LocalDate date) {
        return jdbc.query("""
                SELECT * FROM rm_practice_clinic_version WHERE clinic_id = ? AND effective_from <= ?
                ORDER BY effective_from DESC LIMIT 1""",
                (rs, n) -> new ClinicProfile(clinicId, rs.getDate("effective_from").toLocalDate(),
                        rs.getString("legal_name"), rs.getString("billing_npi"), rs.getString("tax_id"),
                        rs.getString("taxonomy"), read(rs.getString("billing_address")),
                        read(rs.getString("pay_to_address"))),
                clinicId, Date.valueOf(date)).stream().findFirst();
    }

    /** The providers in effect on {@code date}, each in that day's version, by name. */
    public List<Provider> providersAsOf(String clinicId, LocalDate date) {
        Date day = Date.valueOf(date);
        return jdbc.query("""
                SELECT * FROM (
                    SELECT DISTINCT ON (v.provider_id) v.*, p.effective_to
                    FROM rm_practice_provider_version v JOIN rm_practice_provider p USING (provider_id)
                    WHERE p.clinic_id = ? AND v.effective_from <= ? AND (p.effective_to IS NULL OR p.effective_to >= ?)
                    ORDER BY v.provider_id, v.effective_from DESC) in_effect
                ORDER BY family_name, given_name, provider_id""", (rs, n) -> provider(rs), clinicId, day, day);
    }

    /** The provider with this NPI on {@code date}, if they rendered services for the clinic that day. */
    public Optional<Provider> providerAsOf(String clinicId, String npi, LocalDate date) {
        return providersAsOf(clinicId, date).stream().filter(provider -> provider.npi().equals(npi)).findFirst();
    }

    /** The service locations in use on {@code date}, each in that day's version, by name. */
    public List<Location> locationsAsOf(String clinicId, LocalDate date) {
        Date day = Date.valueOf(date);
        return jdbc.query("""
                SELECT * FROM (
                    SELECT DISTINCT ON (v.location_id) v.*, l.effective_to
                    FROM rm_practice_location_version v JOIN rm_practice_location l USING (location_id)
                    WHERE l.clinic_id = ? AND v.effective_from <= ? AND (l.effective_to IS NULL OR l.effective_to >= ?)
                    ORDER BY v.location_id, v.effective_from DESC) in_effect
                ORDER BY name, location_id""",
                (rs, n) -> new Location(rs.getString("location_id"), rs.getDate("effective_from").toLocalDate(),
                        localDate(rs.getDate("effective_to")), rs.getString("name"), read(rs.getString("address")),
                        rs.getString("place_of_service"), rs.getString("npi")),
                clinicId, day, day);
    }

    public void clinicProfileChanged(IntegrationEvent event, ClinicProfileChanged profile) {
        requireOwnClinic(event, profile.clinicId());
        jdbc.update("""
                INSERT INTO rm_practice_clinic_version (clinic_id, effective_from, legal_name, billing_npi, tax_id,
                    taxonomy, billing_address, pay_to_address)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                ON CONFLICT (clinic_id, effective_from) DO UPDATE SET legal_name = excluded.legal_name,
                    billing_npi = excluded.billing_npi, tax_id = excluded.tax_id, taxonomy = excluded.taxonomy,
                    billing_address = excluded.billing_address, pay_to_address = excluded.pay_to_address""",
                profile.clinicId(), Date.valueOf(profile.effectiveFrom()), profile.legalName(), profile.billingNpi(),
                profile.taxId(), profile.taxonomy(), write(profile.billingAddress()), write(profile.payToAddress()));
        applied(event);
    }

    public void providerAdded(IntegrationEvent event, ProviderAdded added) {
        requireOwnClinic(event, added.clinicId());
        provider(event, added.providerId(), added.effectiveTo(), true);
        providerVersion(added.clinicId(), added.providerId(), added.effectiveFrom(), added.npi(), added.givenName(),
                added.familyName(), added.taxonomy(), added.credential());
        applied(event);
    }

    public void providerChanged(IntegrationEvent event, ProviderChanged changed) {
        requireOwnClinic(event, changed.clinicId());
        provider(event, changed.providerId(), changed.effectiveTo(), false);
        providerVersion(changed.clinicId(), changed.providerId(), changed.effectiveFrom(), changed.npi(),
                changed.givenName(), changed.familyName(), changed.taxonomy(), changed.credential());
        applied(event);
    }

    public void providerDeactivated(IntegrationEvent event, ProviderDeactivated deactivated) {
        requireOwnClinic(event, deactivated.clinicId());
        provider(event, deactivated.providerId(), deactivated.effectiveTo(), false);
        applied(event);
    }

    public void locationAdded(IntegrationEvent event, LocationAdded added) {
        requireOwnClinic(event, added.clinicId());
        location(event, added.locationId(), added.effectiveTo(), true);
        locationVersion(added.clinicId(), added.locationId(), added.effectiveFrom(), added.name(), added.address(),
                added.placeOfService(), added.npi());
        applied(event);
    }

    public void locationChanged(IntegrationEvent event, LocationChanged changed) {
        requireOwnClinic(event, changed.clinicId());
        location(event, changed.locationId(), changed.effectiveTo(), false);
        locationVersion(changed.clinicId(), changed.locationId(), changed.effectiveFrom(), changed.name(),
                changed.address(), changed.placeOfService(), changed.npi());
        applied(event);
    }

    /** The practice is the clinic's own: a record naming another clinic than its envelope is broken. */
    private static void requireOwnClinic(IntegrationEvent event, String clinicId) {
        if (!event.clinicId().equals(clinicId)) {
            throw new MalformedIntegrationEventException("payload names another clinic than the envelope");
        }
    }

    /**
     * A provider's row: created by its ProviderAdded; a change or deactivation needs it there. Partitions keep a
     * clinic's events in order, so a missing row means its ProviderAdded was refused or dead-lettered: the event is
     * refused, not lost, and an operator re-drives it once the provider is in. Its last day moves only forward in
     * sequence, so a late re-drive never overwrites a newer change.
     */
    private void provider(IntegrationEvent event, String providerId, LocalDate effectiveTo, boolean adding) {
        upsertThing("rm_practice_provider", "provider_id", event, providerId, effectiveTo, adding, "provider");
    }

    private void location(IntegrationEvent event, String locationId, LocalDate effectiveTo, boolean adding) {
        upsertThing("rm_practice_location", "location_id", event, locationId, effectiveTo, adding, "location");
    }

    private void upsertThing(String table, String idColumn, IntegrationEvent event, String id, LocalDate effectiveTo,
            boolean adding, String what) {
        if (adding) {
            jdbc.update("INSERT INTO " + table + " (" + idColumn + ", clinic_id, effective_to, last_sequence) "
                    + "VALUES (?::uuid, ?, ?, ?) ON CONFLICT (" + idColumn + ") DO UPDATE SET "
                    + "effective_to = excluded.effective_to, last_sequence = excluded.last_sequence "
                    + "WHERE " + table + ".last_sequence < excluded.last_sequence",
                    id, event.clinicId(), date(effectiveTo), event.sequence());
            return;
        }
        Long known = jdbc.query("SELECT last_sequence FROM " + table + " WHERE " + idColumn + " = ?::uuid "
                + "AND clinic_id = ?", (rs, n) -> rs.getLong(1), id, event.clinicId()).stream().findFirst()
                .orElse(null);
        if (known == null) {
            throw new IntegrationEventRefusedException("no " + what + " was added for this change");
        }
        jdbc.update("UPDATE " + table + " SET effective_to = ?, last_sequence = ? WHERE " + idColumn
                + " = ?::uuid AND last_sequence < ?", date(effectiveTo), event.sequence(), id, event.sequence());
    }

    private void providerVersion(String clinicId, String providerId, LocalDate from, String npi, String givenName,
            String familyName, String taxonomy, String credential) {
        jdbc.update("""
                INSERT INTO rm_practice_provider_version (provider_id, effective_from, clinic_id, npi, given_name,
                    family_name, taxonomy, credential)
                VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (provider_id, effective_from) DO UPDATE SET npi = excluded.npi,
                    given_name = excluded.given_name, family_name = excluded.family_name,
                    taxonomy = excluded.taxonomy, credential = excluded.credential""",
                providerId, Date.valueOf(from), clinicId, npi, givenName, familyName, taxonomy, credential);
    }

    private void locationVersion(String clinicId, String locationId, LocalDate from, String name, Address address,
            String placeOfService, String npi) {
        jdbc.update("""
                INSERT INTO rm_practice_location_version (location_id, effective_from, clinic_id, name, address,
                    place_of_service, npi)
                VALUES (?::uuid, ?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (location_id, effective_from) DO UPDATE SET name = excluded.name,
                    address = excluded.address, place_of_service = excluded.place_of_service, npi = excluded.npi""",
                locationId, Date.valueOf(from), clinicId, name, write(address), placeOfService, npi);
    }

    /** One more event applied for the clinic: the count shows a duplicate application, were there one. */
    private void applied(IntegrationEvent event) {
        jdbc.update("""
                INSERT INTO rm_practice (clinic_id, last_sequence, applied_events) VALUES (?, ?, 1)
                ON CONFLICT (clinic_id) DO UPDATE SET applied_events = rm_practice.applied_events + 1,
                    last_sequence = greatest(rm_practice.last_sequence, excluded.last_sequence)""",
                event.clinicId(), event.sequence());
    }

    private static Provider provider(ResultSet rs) throws SQLException {
        return new Provider(rs.getString("provider_id"), rs.getDate("effective_from").toLocalDate(),
                localDate(rs.getDate("effective_to")), rs.getString("npi"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("taxonomy"), rs.getString("credential"));
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
