package io.claimline.x12.ack;

import io.claimline.x12.X12Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a 277CA says about one claim of ours (loop 2200D under its patient, 2000D/2100D).
 *
 * @param patient                  2100D, the patient named (PHI; matched by nobody)
 * @param patientControlNumber     TRN02 of TRN*2: our CLM01, the key to apply the status to
 * @param payerClaimControlNumber  REF*1K, the payer's number for an accepted claim
 * @param clearinghouseTraceNumber REF*D9, the clearinghouse's number for the claim
 * @param statuses                 every STC's composites (STC01, STC10, STC11 of each STC, in order); at least one
 * @param statusDate               the first STC's STC02
 * @param totalCharge              the first STC's STC04, the claim's total charge as received
 * @param serviceFrom              DTP*472, the claim's first date of service
 * @param serviceTo                DTP*472, its last (the same for D8)
 * @param lines                    2220D, the service lines reported on (usually only rejected ones)
 */
public record ClaimStatus(AcknowledgedPatient patient, String patientControlNumber,
        Optional<String> payerClaimControlNumber, Optional<String> clearinghouseTraceNumber,
        List<StatusCode> statuses, LocalDate statusDate, BigDecimal totalCharge, LocalDate serviceFrom,
        LocalDate serviceTo, List<LineStatus> lines) {

    public ClaimStatus {
        ReportChecks.required("claim.patient", patient);
        // CLM01 allows 38 characters; ours are 20 at most, other submitters' are never in our files
        X12Text.requireIdentifier("claim.patientControlNumber", patientControlNumber, 1, 38);
        ReportChecks.identifier("claim.payerClaimControlNumber", payerClaimControlNumber, 50);
        ReportChecks.identifier("claim.clearinghouseTraceNumber", clearinghouseTraceNumber, 50);
        statuses = ReportChecks.list("claim.statuses", statuses, 1, 297);
        ReportChecks.firstEntity("claim.statuses", statuses, ReportChecks.CLAIM_ENTITIES, "2200D");
        ReportChecks.required("claim.statusDate", statusDate);
        totalCharge = ReportChecks.amount("claim.totalCharge", totalCharge);
        ReportChecks.required("claim.serviceFrom", serviceFrom);
        ReportChecks.required("claim.serviceTo", serviceTo);
        if (serviceTo.isBefore(serviceFrom)) {
            throw new IllegalArgumentException("claim.serviceTo must not be before claim.serviceFrom");
        }
        lines = ReportChecks.list("claim.lines", lines, 0, 99_999);
    }

    /**
     * The claim's outcome: the category of the first status (STC01 of the first STC), which is the one the guide
     * makes required and the one payers put the verdict in. See {@link StatusCode.Outcome} for what each
     * category means.
     */
    public StatusCode.Outcome outcome() {
        return statuses.get(0).outcome();
    }

    /** Accepted (A1, A2, A5): the claim is filed with the payer; {@link #payerClaimControlNumber} names it. */
    public boolean accepted() {
        return outcome() == StatusCode.Outcome.ACCEPTED;
    }

    /** Rejected (A3, A6, A7, A8): the claim was never filed; correct it and send it as a new original claim. */
    public boolean rejected() {
        return outcome() == StatusCode.Outcome.REJECTED;
    }

    /** The statuses in words, in order (e.g. to show a rejection to a biller). */
    public List<String> descriptions() {
        return statuses.stream().map(StatusCode::describe).toList();
    }
}
