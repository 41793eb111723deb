package io.claimline.testsupport;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.Benefits;
import io.claimline.contracts.patients.v1.Coverage;
import io.claimline.contracts.patients.v1.CoverageAdded;
import io.claimline.contracts.patients.v1.CoverageChanged;
import io.claimline.contracts.patients.v1.CoverageEnded;
import io.claimline.contracts.patients.v1.CoveragesReordered;
import io.claimline.contracts.patients.v1.EligibilityChecked;
import io.claimline.contracts.patients.v1.GuarantorAssigned;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientMerged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.contracts.patients.v1.SealedDetails;
import io.claimline.contracts.patients.v1.SealedPerson;
import io.claimline.contracts.patients.v1.SealedValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Integration events as patient-service publishes them, for tests of the consuming services. */
public final class PublishedEvents {

    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();

    private PublishedEvents() {
    }

    public static IntegrationEvent patientRegistered(String patientId, String clinicId) {
        Instant at = Instant.parse("2026-11-27T09:15:30Z");
        SealedValue sealed = new SealedValue(UUID.randomUUID().toString(), "c2VhbGVkLWluLXRlc3Rz");
        return new IntegrationEvent(UUID.randomUUID().toString(), PatientRegistered.TYPE, PatientRegistered.VERSION,
                at, "Patient", patientId, 0L, clinicId, "corr-" + patientId, UUID.randomUUID().toString(),
                CODEC.toPayload(new PatientRegistered(patientId, sealed, sealed, sealed, at, null)));
    }

    public static IntegrationEvent patientDemographicsChanged(String patientId, String clinicId, long sequence) {
        Instant at = Instant.parse("2026-11-28T10:00:00Z");
        SealedValue sealed = new SealedValue(UUID.randomUUID().toString(), "Y2hhbmdlZC1pbi10ZXN0cw==");
        return new IntegrationEvent(UUID.randomUUID().toString(), PatientDemographicsChanged.TYPE,
                PatientDemographicsChanged.VERSION, at, "Patient", patientId, sequence, clinicId, "corr-" + patientId,
                UUID.randomUUID().toString(),
                CODEC.toPayload(new PatientDemographicsChanged(patientId, sealed, sealed, sealed, at, null, null)));
    }

    /** A registration with every optional detail sealed, as patient-service publishes it today. */
    public static IntegrationEvent patientRegisteredWithDetails(String patientId, String clinicId) {
        Instant at = Instant.parse("2026-11-27T09:15:30Z");
        String keyId = keyOf(patientId);
        SealedDetails details = new SealedDetails(sealed(keyId, "middleName"), sealed(keyId, "preferredName"),
                sealed(keyId, "sex"), sealed(keyId, "address"), sealed(keyId, "phone"), sealed(keyId, "email"),
                sealed(keyId, "preferredContactMethod"), sealed(keyId, "language"));
        return event(PatientRegistered.TYPE, PatientRegistered.VERSION, at, patientId, 0L, clinicId,
                new PatientRegistered(patientId, sealed(keyId, "givenName"), sealed(keyId, "familyName"),
                        sealed(keyId, "dateOfBirth"), at, details));
    }

    /**
     * A value sealed the way the platform's {@code Base64TestVault} opens it: base64 of the plain text under the
     * subject's key, so a service test can check what a service prints after opening it through the vault.
     */
    public static SealedValue openable(String subjectId, String plain) {
        return new SealedValue(keyOf(subjectId), java.util.Base64.getEncoder()
                .encodeToString(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A registration whose name, date of birth, sex and address (JSON) open to these values in a test vault. */
    public static IntegrationEvent patientRegistered(String patientId, String clinicId, String givenName,
            String familyName, LocalDate dateOfBirth, String sex, String addressJson) {
        Instant at = Instant.parse("2026-11-27T09:15:30Z");
        SealedDetails details = new SealedDetails(null, null, openable(patientId, sex),
                openable(patientId, addressJson), null, null, null, null);
        return event(PatientRegistered.TYPE, PatientRegistered.VERSION, at, patientId, 0L, clinicId,
                new PatientRegistered(patientId, openable(patientId, givenName), openable(patientId, familyName),
                        openable(patientId, dateOfBirth.toString()), at, details));
    }

    /** A PRIMARY coverage of which the patient is the subscriber (SELF), the member id openable in a test vault. */
    public static Coverage selfCoverage(String patientId, String coverageId, String payerId, String memberId) {
        return new Coverage(coverageId, payerId, "GOLD PPO", openable(patientId, memberId), "GRP-55012", "SELF",
                null, "PRIMARY", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), benefits());
    }

    /** Who pays for the patient from now on (kind SELF, PATIENT or PERSON), sealed under the guarantor's key. */
    public static IntegrationEvent guarantorAssigned(String patientId, String guarantorId, String kind,
            String clinicId, long sequence) {
        Instant at = Instant.parse("2026-11-27T09:16:00Z");
        return event(GuarantorAssigned.TYPE, GuarantorAssigned.VERSION, at, patientId, sequence, clinicId,
                new GuarantorAssigned(patientId, guarantorId, kind, person(keyOf(guarantorId), "guarantor"), at));
    }

    /** {@code patientId} was a duplicate of {@code survivingPatientId}. */
    public static IntegrationEvent patientMerged(String patientId, String survivingPatientId, String clinicId,
            long sequence) {
        Instant at = Instant.parse("2026-11-28T14:00:00Z");
        return event(PatientMerged.TYPE, PatientMerged.VERSION, at, patientId, sequence, clinicId,
                new PatientMerged(patientId, survivingPatientId, at));
    }

    /** A coverage as the sample has it (GOLD PPO, a CHILD of its subscriber, benefits on file), PRIMARY. */
    public static Coverage coverage(String coverageId, String payerId) {
        String keyId = UUID.randomUUID().toString();
        return new Coverage(coverageId, payerId, "GOLD PPO", sealed(keyId, "member-id"), "GRP-55012", "CHILD",
                person(keyId, "subscriber"), "PRIMARY", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                benefits());
    }

    public static IntegrationEvent coverageAdded(String patientId, Coverage coverage, String clinicId,
            long sequence) {
        Instant at = Instant.parse("2026-11-27T09:17:00Z");
        return event(CoverageAdded.TYPE, CoverageAdded.VERSION, at, patientId, sequence, clinicId,
                new CoverageAdded(patientId, coverage, at));
    }

    public static IntegrationEvent coverageChanged(String patientId, Coverage coverage, String clinicId,
            long sequence) {
        Instant at = Instant.parse("2026-11-27T11:00:00Z");
        return event(CoverageChanged.TYPE, CoverageChanged.VERSION, at, patientId, sequence, clinicId,
                new CoverageChanged(patientId, coverage, at));
    }

    public static IntegrationEvent coverageEnded(String patientId, String coverageId, LocalDate terminationDate,
            String clinicId, long sequence) {
        Instant at = Instant.parse("2026-11-27T12:30:00Z");
        return event(CoverageEnded.TYPE, CoverageEnded.VERSION, at, patientId, sequence, clinicId,
                new CoverageEnded(patientId, coverageId, terminationDate, at));
    }

    public static IntegrationEvent coveragesReordered(String patientId, Map<String, String> priorities,
            String clinicId, long sequence) {
        Instant at = Instant.parse("2026-11-27T12:00:00Z");
        List<CoveragesReordered.Entry> order = priorities.entrySet().stream()
                .map(e -> new CoveragesReordered.Entry(e.getKey(), e.getValue())).toList();
        return event(CoveragesReordered.TYPE, CoveragesReordered.VERSION, at, patientId, sequence, clinicId,
                new CoveragesReordered(patientId, order, at));
    }

    /** A payer's 271 answer: ACTIVE with the sample's benefits, or INACTIVE/REJECTED with a reason. */
    public static IntegrationEvent eligibilityChecked(String patientId, String coverageId, String status,
            String clinicId, long sequence) {
        Instant at = Instant.parse("2026-11-27T09:18:00Z");
        boolean active = "ACTIVE".equals(status);
        return event(EligibilityChecked.TYPE, EligibilityChecked.VERSION, at, patientId, sequence, clinicId,
                new EligibilityChecked(patientId, coverageId, UUID.randomUUID().toString(),
                        LocalDate.parse("2026-11-27"), status, active ? LocalDate.parse("2026-01-01") : null,
                        active ? LocalDate.parse("2026-12-31") : null, active ? benefits() : null,
                        active ? List.of() : List.of("72: invalid/missing subscriber/insured ID"), at));
    }

    private static Benefits benefits() {
        return new Benefits(new BigDecimal("25.00"), new BigDecimal("0.20"), new BigDecimal("1500.00"),
                new BigDecimal("400.00"), new BigDecimal("5000.00"), new BigDecimal("3000.00"));
    }

    private static SealedPerson person(String keyId, String who) {
        return new SealedPerson(sealed(keyId, who + "-givenName"), sealed(keyId, who + "-familyName"),
                sealed(keyId, who + "-dateOfBirth"), sealed(keyId, who + "-sex"), sealed(keyId, who + "-address"),
                sealed(keyId, who + "-phone"), sealed(keyId, who + "-email"));
    }

    /** One key per subject, as the vault keeps them: the same guarantor's values carry the same key id. */
    private static String keyOf(String subjectId) {
        return UUID.nameUUIDFromBytes(("data-key-" + subjectId).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** Ciphertext-shaped (base64) but not real ciphertext: these tests never open it. */
    private static SealedValue sealed(String keyId, String label) {
        return new SealedValue(keyId, java.util.Base64.getEncoder()
                .encodeToString(("sealed-" + label).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static IntegrationEvent event(String type, int version, Instant at, String patientId, long sequence,
            String clinicId, Object payload) {
        return new IntegrationEvent(UUID.randomUUID().toString(), type, version, at, "Patient", patientId, sequence,
                clinicId, "corr-" + patientId, UUID.randomUUID().toString(), CODEC.toPayload(payload));
    }

    /** Sends the event the way the publisher does: key = aggregate id, event-id and type headers. */
    public static void send(KafkaTestClient kafka, String topic, IntegrationEvent event) {
        kafka.send(topic, event.aggregateId(), CODEC.encode(event),
                Map.of(Topics.HEADER_EVENT_ID, event.eventId(), Topics.HEADER_TYPE, event.type()));
    }
}
