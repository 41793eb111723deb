package io.claimline.claims.encounter.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.phi.SealedValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A confirmed encounter as claims-service holds it: its latest revision, everything a claim is drafted from.
 * {@code patientId} is the patient billing recorded; {@code currentPatientId} the one who answers for them now (the
 * survivor when that patient was merged into another, else the same id), which is whom a claim is for.
 *
 * @param coverageId the coverage to bill; null for self-pay (as are {@code payerId} and the expected reimbursements)
 */
public record BillableEncounter(
        String encounterId,
        BillableEncounterStatus status,
        int revision,
        String patientId,
        String currentPatientId,
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
        List<Line> lines,
        Money totalCharge,
        Money expectedReimbursement,
        Confirmation confirmation,
        Amendment lastAmendment,
        Voiding voided) {

    @JsonProperty("selfPay")
    public boolean selfPay() {
        return coverageId == null;
    }

    public record RenderingProvider(String providerId, String npi, String givenName, String familyName,
            String taxonomy) {
    }

    public record BillingProvider(String npi, String taxId, String legalName, String taxonomy) {
    }

    public record ReferringProvider(String npi, String givenName, String familyName) {
    }

    /**
     * A service line; {@code diagnosisPointers} are 1-based positions in the encounter's diagnoses; {@code note} the
     * note to the payer, sealed (opened through the vault, purpose claim submission, when the claim file is written).
     */
    public record Line(String lineId, int lineNumber, LocalDate serviceDate, String procedureCode,
            List<String> modifiers, int units, List<Integer> diagnosisPointers, Money charge,
            String chargeOverrideReason, Money expectedReimbursement, SealedValue note) {
    }

    /** @param onBehalfReason why a manager confirmed for the provider; null when the provider did */
    public record Confirmation(String confirmedBy, String onBehalfReason, Instant confirmedAt) {
    }

    /** The amendment that brought the encounter to its current revision; null while it is at revision 1. */
    public record Amendment(String amendedBy, String reason, Instant amendedAt) {
    }

    /** Null unless voided. */
    public record Voiding(String voidedBy, String reason, Instant voidedAt) {
    }
}
