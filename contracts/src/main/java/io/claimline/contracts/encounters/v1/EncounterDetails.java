package io.claimline.contracts.encounters.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.Require;
import io.claimline.contracts.patients.v1.SealedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a claim needs from one confirmed encounter, as of one revision. Codes are normalised (upper case, ICD-10-CM
 * without its dot); amounts are US dollars with two decimals, written as JSON strings ({@code "150.00"}) so that no
 * reader turns them into binary floating point or drops their cents. A self-pay encounter has no {@code coverageId},
 * {@code payerId} or expected reimbursement.
 *
 * @param coverageId the coverage to bill, chosen when the encounter was recorded and in force on its dates; null
 *     for self-pay
 * @param payerId that coverage's payer; null for self-pay
 * @param diagnoses ICD-10-CM codes in the order the claim lists them (pointer 1 is the first); 1 to 12
 * @param totalCharge the sum of the lines' charges
 * @param expectedReimbursement the sum of the lines' expected reimbursement under the payer's contract; null for
 *     self-pay, or when no contract prices every line
 */
public record EncounterDetails(
        String patientId,
        String coverageId,
        String payerId,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        String placeOfService,
        String locationId,
        RenderingProvider renderingProvider,
        BillingProvider billingProvider,
        ReferringProvider referringProvider,
        List<String> diagnoses,
        List<ServiceLine> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCharge,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedReimbursement) {

    public EncounterDetails {
        Require.uuid(patientId, "patientId");
        Require.present(serviceFrom, "serviceFrom");
        Require.present(serviceTo, "serviceTo");
        Require.present(placeOfService, "placeOfService");
        Require.uuid(locationId, "locationId");
        Require.present(renderingProvider, "renderingProvider");
        Require.present(billingProvider, "billingProvider");
        diagnoses = List.copyOf(Require.present(diagnoses, "diagnoses"));
        lines = List.copyOf(Require.present(lines, "lines"));
        Require.cents(Require.present(totalCharge, "totalCharge"), "totalCharge");
        Require.cents(expectedReimbursement, "expectedReimbursement");
    }

    public boolean selfPay() {
        return coverageId == null;
    }

    /** The provider who rendered the services (837P loop 2310B), from the practice setup. */
    public record RenderingProvider(String providerId, String npi, String givenName, String familyName,
            String taxonomy) {

        public RenderingProvider {
            Require.uuid(providerId, "renderingProvider.providerId");
            Require.present(npi, "renderingProvider.npi");
            Require.present(familyName, "renderingProvider.familyName");
        }
    }

    /** Who bills (837P loop 2010AA): the clinic, as its practice setup stood on the first date of service. */
    public record BillingProvider(String npi, String taxId, String legalName, String taxonomy) {

        public BillingProvider {
            Require.present(npi, "billingProvider.npi");
            Require.present(taxId, "billingProvider.taxId");
            Require.present(legalName, "billingProvider.legalName");
        }
    }

    /** The provider who referred the patient (837P loop 2310A), often outside the clinic; null when none. */
    public record ReferringProvider(String npi, String givenName, String familyName) {

        public ReferringProvider {
            Require.present(npi, "referringProvider.npi");
            Require.present(familyName, "referringProvider.familyName");
        }
    }

    /**
     * One service line (837P loop 2400). {@code lineId} is stable across revisions (REF*6R line control number,
     * the ledger's source of the line's charge); {@code diagnosisPointers} are 1-based positions in
     * {@code diagnoses}, 1 to 4 of them.
     *
     * @param chargeOverrideReason why the charge differs from the chargemaster's price × units; null when it does not
     * @param expectedReimbursement what the payer's contract allows for the line (never more than its charge); null
     *     for self-pay or when the contract does not price the code
     * @param note the line's note to the payer (837P NTE, at most 80 characters), sealed under the patient's key (free
     *     text may identify the patient); null when none
     */
    public record ServiceLine(
            String lineId,
            int lineNumber,
            LocalDate serviceDate,
            String procedureCode,
            List<String> modifiers,
            int units,
            List<Integer> diagnosisPointers,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal charge,
            String chargeOverrideReason,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedReimbursement,
            SealedValue note) {

        public ServiceLine {
            Require.uuid(lineId, "lines.lineId");
            Require.present(serviceDate, "lines.serviceDate");
            Require.present(procedureCode, "lines.procedureCode");
            modifiers = List.copyOf(Require.present(modifiers, "lines.modifiers"));
            diagnosisPointers = List.copyOf(Require.present(diagnosisPointers, "lines.diagnosisPointers"));
            Require.cents(Require.present(charge, "lines.charge"), "lines.charge");
            Require.cents(expectedReimbursement, "lines.expectedReimbursement");
        }
    }
}
