package io.claimline.billing.encounter.api;

import io.claimline.platform.kernel.Money;
import io.claimline.platform.phi.SealedValue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one encounter holds, references resolved and priced: the patient, the coverage to bill (null for self-pay),
 * the dates, place and providers of service, the diagnoses in claim order and the service lines. Codes are
 * normalised (upper case, ICD-10-CM without its dot). Its shape is checked by {@code EncounterShape}; that the
 * references exist and the codes are valid on the dates is checked before it is built.
 */
public record EncounterData(
        UUID patientId,
        UUID coverageId,
        UUID payerId,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        String placeOfService,
        UUID locationId,
        RenderingProvider renderingProvider,
        BillingProvider billingProvider,
        ReferringProvider referringProvider,
        List<String> diagnoses,
        List<Line> lines) {

    public EncounterData {
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
    }

    public boolean selfPay() {
        return coverageId == null;
    }

    /** The sum of the lines' charges. */
    public Money totalCharge() {
        return lines.stream().map(Line::charge).reduce(Money.zero(Money.USD), Money::plus);
    }

    /** The sum of the lines' expected reimbursement; null when self-pay or when any line has none. */
    public Money expectedReimbursement() {
        if (selfPay() || lines.stream().anyMatch(line -> line.expectedReimbursement() == null)) {
            return null;
        }
        return lines.stream().map(Line::expectedReimbursement).reduce(Money.zero(Money.USD), Money::plus);
    }

    /** The provider who rendered the services, as the practice setup has them on the first date of service. */
    public record RenderingProvider(UUID providerId, String npi, String givenName, String familyName,
            String taxonomy) {
    }

    /** The clinic as it bills: its profile in effect on the first date of service. */
    public record BillingProvider(String npi, String taxId, String legalName, String taxonomy) {
    }

    /** A referring provider, usually outside the clinic: NPI and name as the caller gave them. */
    public record ReferringProvider(String npi, String givenName, String familyName) {
    }

    /**
     * One service line. {@code unitPrice} is the chargemaster's on the line's date (null when it has none);
     * {@code charge} is unitPrice × units unless overridden, and then {@code chargeOverrideReason} says why.
     * {@code expectedReimbursement} is what the payer's contract allows for the line (null for self-pay or when
     * no contract prices it). {@code note} is the line's note to the payer (837P NTE), sealed under the patient's
     * key through the vault: free text may identify the patient.
     */
    public record Line(
            UUID lineId,
            LocalDate serviceDate,
            String procedureCode,
            List<String> modifiers,
            int units,
            List<Integer> diagnosisPointers,
            Money unitPrice,
            Money charge,
            String chargeOverrideReason,
            Money expectedReimbursement,
            SealedValue note) {

        public Line {
            modifiers = List.copyOf(modifiers);
            diagnosisPointers = List.copyOf(diagnosisPointers);
        }
    }
}
