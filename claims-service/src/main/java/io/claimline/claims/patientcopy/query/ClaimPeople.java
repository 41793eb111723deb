package io.claimline.claims.patientcopy.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PurposeOfUse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Opens, through the PHI vault with purpose claim submission, the people a claim names: the coverage's subscriber
 * with the member id (loop 2010BA) and, when the patient is not the subscriber, the patient (loop 2010CA). Nothing
 * opened is stored: callers use it while they scrub a claim or write its 837, and let it go. The vault records
 * every opening.
 */
@Component
public class ClaimPeople {

    private final CoverageCopies coverages;
    private final PatientCopies patients;
    private final PhiVault vault;
    private final ObjectMapper json;

    ClaimPeople(CoverageCopies coverages, PatientCopies patients, PhiVault vault, ObjectMapper json) {
        this.coverages = coverages;
        this.patients = patients;
        this.vault = vault;
        this.json = json;
    }

    /**
     * The claim's people, or empty when claims-service has no copy of the coverage (or the vault does not know the
     * patient in this clinic). Fields whose key was destroyed are null and listed in {@code erased}.
     */
    public Optional<Opened> open(String clinicId, String onBehalfOf, UUID patientId, UUID coverageId) {
        Optional<CoverageCopies.SealedSubscriber> sealed = coverages.sealedSubscriber(patientId, coverageId,
                clinicId);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        boolean self = "SELF".equals(sealed.get().relationship());
        List<PhiVault.SealedField> fields = new ArrayList<>(sealed.get().fields().stream()
                .map(field -> new PhiVault.SealedField(field.patientId(), "subscriber." + field.field(),
                        field.value())).toList());
        UUID live = UUID.fromString(sealed.get().patientId());
        if (!self) {
            Optional<List<PhiVault.SealedField>> patient = patients.sealedAsSubscriber(live, clinicId);
            if (patient.isEmpty()) {
                return Optional.empty();
            }
            patient.get().forEach(field -> fields.add(new PhiVault.SealedField(field.patientId(),
                    "patient." + field.field(), field.value())));
        }
        List<PhiVault.OpenedField> answers = vault.open(
                new PhiVault.PhiAccess(clinicId, onBehalfOf, PurposeOfUse.CLAIM_SUBMISSION), fields);
        if (answers.stream().anyMatch(answer -> answer.outcome() == PhiVault.Outcome.NOT_FOUND)) {
            return Optional.empty();
        }
        Map<String, PhiVault.OpenedField> opened = answers.stream()
                .collect(Collectors.toMap(PhiVault.OpenedField::field, Function.identity()));
        List<String> erased = answers.stream().filter(answer -> answer.outcome() == PhiVault.Outcome.ERASED)
                .map(PhiVault.OpenedField::field).sorted().toList();
        Person subscriber = person(opened, "subscriber.");
        return Optional.of(new Opened(sealed.get().patientId(), sealed.get().relationship(),
                value(opened, "subscriber." + CoverageCopies.MEMBER_ID), subscriber,
                self ? subscriber : person(opened, "patient."), erased));
    }

    private Person person(Map<String, PhiVault.OpenedField> opened, String prefix) {
        return new Person(value(opened, prefix + PatientCopies.GIVEN_NAME),
                value(opened, prefix + PatientCopies.FAMILY_NAME),
                date(value(opened, prefix + PatientCopies.DATE_OF_BIRTH)), value(opened, prefix + PatientCopies.SEX),
                address(value(opened, prefix + PatientCopies.ADDRESS)));
    }

    private Address address(String opened) {
        if (opened == null) {
            return null;
        }
        try {
            return json.readValue(opened, Address.class);
        } catch (JsonProcessingException e) {
            // The exception would quote the address; its type is enough.
            throw new IllegalStateException("an opened address is not the JSON the registry seals");
        }
    }

    private static LocalDate date(String opened) {
        try {
            return opened == null ? null : LocalDate.parse(opened);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("an opened date of birth is not an ISO date"); // never the value
        }
    }

    private static String value(Map<String, PhiVault.OpenedField> opened, String field) {
        PhiVault.OpenedField answer = opened.get(field);
        return answer == null ? null : answer.value();
    }

    /**
     * What was opened. {@code relationship}: the patient's to the subscriber (SELF, SPOUSE, CHILD, OTHER); for SELF
     * {@code patient} is the subscriber. PHI: never log, store or publish any of it.
     */
    public record Opened(String patientId, String relationship, String memberId, Person subscriber, Person patient,
            List<String> erased) {

        @Override
        public String toString() {
            return "Opened[patientId=" + patientId + ", erased=" + erased + "]"; // never the PHI
        }
    }

    /** A person as a claim prints them; any part may be null (unknown or erased). */
    public record Person(String givenName, String familyName, LocalDate dateOfBirth, String sex, Address address) {

        @Override
        public String toString() {
            return "Person[…]"; // never the PHI
        }
    }

    /** A postal address as the registry seals it. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String line1, String line2, String city, String state, String postalCode) {

        @Override
        public String toString() {
            return "Address[…]"; // never the PHI
        }
    }
}
