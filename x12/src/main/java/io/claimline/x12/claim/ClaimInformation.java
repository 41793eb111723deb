package io.claimline.x12.claim;

import io.claimline.x12.X12Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loop 2300's claim-level data: CLM, DTP*431, REF*G1, REF*F8, NTE and HI.
 *
 * @param patientControlNumber    CLM01, our unique claim id (1 to 20 characters, the most the guide asks receivers
 *                                to keep); the 277CA and 835 echo it
 * @param totalCharge             CLM02, equal to the sum of the line charges
 * @param placeOfService          CLM05-1, two-digit CMS place of service code (e.g. 11 office)
 * @param frequency               CLM05-3: original, replacement or void
 * @param diagnoses               HI, 1 to 12 codes of one code system, the principal first
 * @param onsetOfCurrentIllness   DTP*431, when the payer needs it
 * @param priorAuthorization      REF*G1, the payer's authorisation number when the service needed one
 * @param payerClaimControlNumber REF*F8, the payer's number for the claim a replacement or void changes: required
 *                                for frequency 7 and 8, not allowed for 1
 * @param note                    NTE*ADD, up to 80 characters
 * @param delayReason             CLM20, why a claim is sent after the payer's filing limit (codes 1-11, 15)
 */
public record ClaimInformation(String patientControlNumber, BigDecimal totalCharge, String placeOfService,
        ClaimFrequency frequency, List<Diagnosis> diagnoses, Optional<LocalDate> onsetOfCurrentIllness,
        Optional<String> priorAuthorization, Optional<String> payerClaimControlNumber, Optional<String> note,
        Optional<String> delayReason) {

    /** CLM20 delay reason codes the guide allows. */
    public static final java.util.Set<String> DELAY_REASONS = java.util.Set.of("1", "2", "3", "4", "5", "6", "7",
            "8", "9", "10", "11", "15");

    private static final Pattern PLACE_OF_SERVICE = Pattern.compile("\\d{2}");

    public ClaimInformation {
        X12Text.requireIdentifier("claim.patientControlNumber", patientControlNumber, 1, 20);
        totalCharge = Checks.amount("claim.totalCharge", totalCharge);
        if (placeOfService == null || !PLACE_OF_SERVICE.matcher(placeOfService).matches()) {
            throw new IllegalArgumentException("claim.placeOfService must be a two-digit code");
        }
        Checks.required("claim.frequency", frequency);
        diagnoses = Checks.list("claim.diagnoses", diagnoses, 1, 12);
        if (diagnoses.stream().map(Diagnosis::system).distinct().count() > 1) {
            throw new IllegalArgumentException("claim.diagnoses must all be of one code system");
        }
        Checks.optional("claim.onsetOfCurrentIllness", onsetOfCurrentIllness);
        Checks.optional("claim.priorAuthorization", priorAuthorization)
                .ifPresent(number -> X12Text.requireIdentifier("claim.priorAuthorization", number, 1, 50));
        Checks.optional("claim.payerClaimControlNumber", payerClaimControlNumber)
                .ifPresent(number -> X12Text.requireIdentifier("claim.payerClaimControlNumber", number, 1, 50));
        if (frequency.referencesOriginal() && payerClaimControlNumber.isEmpty()) {
            throw new IllegalArgumentException(
                    "claim.payerClaimControlNumber is required for a replacement or void (frequency 7 or 8)");
        }
        if (!frequency.referencesOriginal() && payerClaimControlNumber.isPresent()) {
            throw new IllegalArgumentException(
                    "claim.payerClaimControlNumber is only sent with a replacement or void (frequency 7 or 8)");
        }
        note = Checks.optional("claim.note", note).map(text -> X12Text.clean(text, 80)).filter(t -> !t.isEmpty());
        Checks.optional("claim.delayReason", delayReason).ifPresent(code -> {
            if (!DELAY_REASONS.contains(code)) {
                throw new IllegalArgumentException("claim.delayReason is not a CLM20 code (1-11, 15)");
            }
        });
    }

    /** A claim sent in time: no delay reason. */
    public ClaimInformation(String patientControlNumber, BigDecimal totalCharge, String placeOfService,
            ClaimFrequency frequency, List<Diagnosis> diagnoses, Optional<LocalDate> onsetOfCurrentIllness,
            Optional<String> priorAuthorization, Optional<String> payerClaimControlNumber, Optional<String> note) {
        this(patientControlNumber, totalCharge, placeOfService, frequency, diagnoses, onsetOfCurrentIllness,
                priorAuthorization, payerClaimControlNumber, note, Optional.empty());
    }

    public DiagnosisCodeSystem diagnosisCodeSystem() {
        return diagnoses.get(0).system();
    }
}
