package io.claimline.testsupport;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.encounters.v1.EncounterAmended;
import io.claimline.contracts.encounters.v1.EncounterConfirmed;
import io.claimline.contracts.encounters.v1.EncounterDetails;
import io.claimline.contracts.encounters.v1.EncounterDetails.BillingProvider;
import io.claimline.contracts.encounters.v1.EncounterDetails.ReferringProvider;
import io.claimline.contracts.encounters.v1.EncounterDetails.RenderingProvider;
import io.claimline.contracts.encounters.v1.EncounterDetails.ServiceLine;
import io.claimline.contracts.patients.v1.SealedValue;
import io.claimline.contracts.encounters.v1.EncounterVoided;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Encounter integration events as billing-service publishes them ({@code billing.encounter-events.v1}; the aggregate
 * and the key are the encounter id), for tests of the services that consume them. Send them with
 * {@link PublishedEvents#send}. The details are the sample's: an office visit (99213-25) and an ECG (93000) for
 * type 2 diabetes (E119) and hypertension (I10); {@link #selfPay} and {@link #withLines} vary them.
 */
public final class PublishedEncounterEvents {

    public static final LocalDate DATE_OF_SERVICE = LocalDate.parse("2026-11-27");
    public static final RenderingProvider RENDERING = new RenderingProvider("4c2e8f10-9b3d-4a6e-8f7c-1d2b3a4c5e6f",
            "1112223338", "Grace", "Hopper", "207Q00000X");
    public static final BillingProvider BILLING = new BillingProvider("1234567893", "123456789",
            "Riverside Family Medicine LLC", "207Q00000X");
    public static final ReferringProvider REFERRING = new ReferringProvider("1245319599", "Alan", "Turing");
    public static final String LOCATION_ID = "6e4a0b21-3c5d-4e7f-9a8b-2c3d4e5f6a7b";

    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final Instant CONFIRMED_AT = Instant.parse("2026-11-27T16:42:10Z");

    private PublishedEncounterEvents() {
    }

    /** The sample's encounter for the patient, billed to the coverage and its payer. */
    public static EncounterDetails details(String patientId, String coverageId, String payerId) {
        return new EncounterDetails(patientId, coverageId, payerId, DATE_OF_SERVICE, DATE_OF_SERVICE, "11",
                LOCATION_ID, RENDERING, BILLING, REFERRING, List.of("E119", "I10"),
                List.of(noted(line(1, "99213", List.of("25"), 1, List.of(1, 2), "150.00", null, "92.47"), NOTE),
                        line(2, "93000", List.of(), 1, List.of(1), "40.00",
                                "tracing repeated at no extra charge", "17.20")),
                new BigDecimal("190.00"), new BigDecimal("109.67"));
    }

    /** The first line's note to the payer, sealed as billing publishes it (the ciphertext is made up). */
    public static final SealedValue NOTE = new SealedValue("6e1f3c2a-9d8b-4e7f-a6c5-b4d3e2f1a0b9",
            "c2VhbGVkLWxpbmUtbm90ZQ==");

    /** The same line with a sealed note. */
    public static ServiceLine noted(ServiceLine line, SealedValue note) {
        return new ServiceLine(line.lineId(), line.lineNumber(), line.serviceDate(), line.procedureCode(),
                line.modifiers(), line.units(), line.diagnosisPointers(), line.charge(), line.chargeOverrideReason(),
                line.expectedReimbursement(), note);
    }

    /** A self-pay encounter: no coverage, payer, referring provider or expected reimbursement. */
    public static EncounterDetails selfPay(String patientId) {
        return new EncounterDetails(patientId, null, null, DATE_OF_SERVICE, DATE_OF_SERVICE, "11", LOCATION_ID,
                RENDERING, BILLING, null, List.of("E119"),
                List.of(line(1, "99213", List.of(), 1, List.of(1), "150.00", null, null)),
                new BigDecimal("150.00"), null);
    }

    /** The same encounter with other lines (and a total and expected reimbursement that add up). */
    public static EncounterDetails withLines(EncounterDetails details, List<ServiceLine> lines) {
        BigDecimal total = lines.stream().map(ServiceLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = lines.stream().anyMatch(l -> l.expectedReimbursement() == null) ? null
                : lines.stream().map(ServiceLine::expectedReimbursement).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new EncounterDetails(details.patientId(), details.coverageId(), details.payerId(),
                details.serviceFrom(), details.serviceTo(), details.placeOfService(), details.locationId(),
                details.renderingProvider(), details.billingProvider(), details.referringProvider(),
                details.diagnoses(), lines, total, expected);
    }

    /**
     * A service line on the date of service; its id is derived from its number, so a line keeps its id across
     * revisions as billing's does.
     */
    public static ServiceLine line(int number, String code, List<String> modifiers, int units, List<Integer> pointers,
            String charge, String overrideReason, String expected) {
        return new ServiceLine(UUID.nameUUIDFromBytes(("line-" + number).getBytes()).toString(), number,
                DATE_OF_SERVICE, code, modifiers, units, pointers, new BigDecimal(charge), overrideReason,
                expected == null ? null : new BigDecimal(expected), null);
    }

    /** Confirmed by its rendering provider: revision 1. */
    public static IntegrationEvent encounterConfirmed(String encounterId, String clinicId, long sequence,
            EncounterDetails details) {
        return event(encounterId, clinicId, sequence, EncounterConfirmed.TYPE, CONFIRMED_AT, new EncounterConfirmed(
                clinicId, encounterId, 1, details, "provider-" + RENDERING.npi(), null, CONFIRMED_AT));
    }

    /** A correction after confirmation: the whole encounter at {@code revision}. */
    public static IntegrationEvent encounterAmended(String encounterId, String clinicId, long sequence, int revision,
            EncounterDetails details, String reason) {
        Instant at = CONFIRMED_AT.plusSeconds(3600L * revision);
        return event(encounterId, clinicId, sequence, EncounterAmended.TYPE, at, new EncounterAmended(clinicId,
                encounterId, revision, details, reason, "provider-" + RENDERING.npi(), at));
    }

    public static IntegrationEvent encounterVoided(String encounterId, String clinicId, long sequence, int revision,
            String reason) {
        Instant at = CONFIRMED_AT.plusSeconds(86_400L);
        return event(encounterId, clinicId, sequence, EncounterVoided.TYPE, at, new EncounterVoided(clinicId,
                encounterId, revision, reason, "biller-1", at));
    }

    private static IntegrationEvent event(String encounterId, String clinicId, long sequence, String type,
            Instant at, Object payload) {
        return new IntegrationEvent(UUID.randomUUID().toString(), type, 1, at, "Encounter", encounterId, sequence,
                clinicId, "corr-" + encounterId, UUID.randomUUID().toString(), CODEC.toPayload(payload));
    }
}
