package io.claimline.claims.claim.api;

import io.claimline.platform.kernel.Money;
import io.claimline.platform.phi.SealedValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a claim bills, as drafted from a confirmed encounter at one revision: who was seen (ids only), the coverage
 * and payer billed, the providers, diagnoses and service lines. The patient's and subscriber's demographics are not
 * here: they stay sealed in claims-service's copies and are opened only while the 837 is written.
 *
 * @param renderingProvider null when the billing provider rendered the service
 */
public record ClaimContent(
        String encounterId,
        int encounterRevision,
        String patientId,
        String coverageId,
        String payerId,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        String placeOfService,
        BillingProvider billingProvider,
        RenderingProvider renderingProvider,
        List<String> diagnoses,
        List<Line> lines,
        Money totalCharge) {

    public ClaimContent {
        Objects.requireNonNull(encounterId, "encounterId");
        Objects.requireNonNull(patientId, "patientId");
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The practice as the claim bills it (loop 2010AA); its address comes from the practice copy when written. */
    public record BillingProvider(String npi, String taxId, String legalName, String taxonomy) {
    }

    /** The provider who rendered the services (loop 2310B). */
    public record RenderingProvider(String npi, String givenName, String familyName, String taxonomy) {
    }

    /**
     * A service line (loop 2400). {@code note}: the line note to the payer, sealed under the patient's key.
     *
     * @param diagnosisPointers 1-based positions in the claim's diagnoses
     */
    public record Line(String lineId, int lineNumber, LocalDate serviceDate, String procedureCode,
            List<String> modifiers, int units, List<Integer> diagnosisPointers, Money charge, SealedValue note) {

        public Line {
            modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
            diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
        }
    }
}
