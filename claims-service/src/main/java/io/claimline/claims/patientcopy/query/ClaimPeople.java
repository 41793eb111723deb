package io.claimline.claims.patientcopy.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PurposeOfUse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Subject subject = new Subject(patientId, coverageId);
        return Optional.ofNullable(openAll(clinicId, onBehalfOf, List.of(subject)).get(subject));
    }

    /**
     * The people of many claims in one call to the vault (a batch of claims is one opening, not one per claim).
     * A subject whose coverage has no copy, or whom the vault does not know, is absent from the answer.
     */
    public Map<Subject, Opened> openAll(String clinicId, String onBehalfOf, List<Subject> subjects) {
        Map<Subject, Sealed> sealed = new LinkedHashMap<>();
        List<PhiVault.SealedField> fields = new ArrayList<>();
        for (Subject subject : subjects) {
            if (sealed.containsKey(subject)) {
                continue;
            }
            sealedOf(clinicId, subject).ifPresent(found -> {
                String prefix = "c" + sealed.size() + ".";
                sealed.put(subject, new Sealed(found.subscriber(), found.self(), prefix));
                found.fields().forEach(field -> fields.add(new PhiVault.SealedField(field.patientId(),
                        prefix + field.field(), field.value())));
            });
        }
        if (fields.isEmpty()) {
            return Map.of();
        }
        Map<String, PhiVault.OpenedField> opened = vault.open(
                        new PhiVault.PhiAccess(clinicId, onBehalfOf, PurposeOfUse.CLAIM_SUBMISSION), fields)
                .stream().collect(Collectors.toMap(PhiVault.OpenedField::field, Function.identity()));
        Map<Subject, Opened> answers = new LinkedHashMap<>();
        sealed.forEach((subject, found) -> {
            List<PhiVault.OpenedField> own = opened.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(found.prefix())).map(Map.Entry::getValue).toList();
            if (own.stream().anyMatch(answer -> answer.outcome() == PhiVault.Outcome.NOT_FOUND)) {
                return;
            }
            List<String> erased = own.stream().filter(answer -> answer.outcome() == PhiVault.Outcome.ERASED)
                    .map(answer -> answer.field().substring(found.prefix().length())).sorted().toList();
            Person subscriber = person(opened, found.prefix() + "subscriber.");
            answers.put(subject, new Opened(found.subscriber().patientId(), found.subscriber().relationship(),
                    value(opened, found.prefix() + "subscriber." + CoverageCopies.MEMBER_ID), subscriber,
                    found.self() ? subscriber : person(opened, found.prefix() + "patient."), erased));
        });
        return answers;
    }

    /** The sealed fields of one claim's people, labelled {@code subscriber.*} and {@code patient.*}. */
    private Optional<SealedPeople> sealedOf(String clinicId, Subject subject) {
        Optional<CoverageCopies.SealedSubscriber> sealed = coverages.sealedSubscriber(subject.patientId(),
                subject.coverageId(), clinicId);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        boolean self = "SELF".equals(sealed.get().relationship());
        List<PhiVault.SealedField> fields = new ArrayList<>(sealed.get().fields().stream()
                .map(field -> new PhiVault.SealedField(field.patientId(), "subscriber." + field.field(),
                        field.value())).toList());
        if (!self) {
            Optional<List<PhiVault.SealedField>> patient = patients.sealedAsSubscriber(
                    UUID.fromString(sealed.get().patientId()), clinicId);
            if (patient.isEmpty()) {
                return Optional.empty();
            }
            patient.get().forEach(field -> fields.add(new PhiVault.SealedField(field.patientId(),
                    "patient." + field.field(), field.value())));
        }
        return Optional.of(new SealedPeople(sealed.get(), self, fields));
    }

    /** Whose people: the patient and the coverage a claim bills. */
    public record Subject(UUID patientId, UUID coverageId) {
    }

    private record SealedPeople(CoverageCopies.SealedSubscriber subscriber, boolean self,
            List<PhiVault.SealedField> fields) {
    }

    private record Sealed(CoverageCopies.SealedSubscriber subscriber, boolean self, String prefix) {
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
