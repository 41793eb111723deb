package io.claimline.contracts.claims.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code claims.claim-events.v1} type {@code ClaimRejected}, version 1: an acknowledgement rejected submission
 * {@code submission} of the claim; it was not adjudicated and must be corrected and sent again
 * ({@link ClaimResubmitted}) before {@code timelyFilingDeadline}. A TA1 rejects the whole interchange, a 999 the
 * transaction set (with the segments and elements in error), a 277CA the claim (with its statuses).
 *
 * @param acknowledgement {@code TA1}, {@code 999} or {@code 277CA} ({@link Acknowledgements#REJECTING})
 * @param statuses the 277CA's claim statuses (at least one for a 277CA); may be empty for a TA1 or a 999
 * @param errors the 999's segment and element errors (IK3/IK4), without copies of the bad data; empty unless the
 *     acknowledgement is a 999 (and may be empty then, when the 999 names none)
 * @param reason why, in words a biller can act on (the TA1 note or the codes' meaning), at most 500 characters;
 *     never a copy of claim data
 */
public record ClaimRejected(
        String claimId,
        String patientControlNumber,
        int submission,
        String acknowledgement,
        List<ClaimStatus> statuses,
        List<AcknowledgementError> errors,
        String reason,
        Instant rejectedAt,
        LocalDate timelyFilingDeadline) implements KeyedPayload {

    public static final String TYPE = "ClaimRejected";
    public static final int VERSION = 1;

    public ClaimRejected {
        Require.uuid(claimId, "claimId");
        ClaimChecks.patientControlNumber(patientControlNumber, "patientControlNumber");
        Require.atLeast(submission, 1, "submission");
        Acknowledgements.oneOf(acknowledgement, Acknowledgements.REJECTING, "acknowledgement");
        statuses = Require.size(statuses, 0, 100, "statuses");
        if (acknowledgement.equals(Acknowledgements.CLAIM_277CA) && statuses.isEmpty()) {
            throw new MalformedIntegrationEventException("statuses is empty for a 277CA");
        }
        errors = Require.size(errors, 0, 100, "errors");
        if (!acknowledgement.equals(Acknowledgements.IMPLEMENTATION_999) && !errors.isEmpty()) {
            throw new MalformedIntegrationEventException("errors is only for a 999");
        }
        Require.text(reason, "reason", ClaimChecks.MAX_REASON);
        Require.present(rejectedAt, "rejectedAt");
        Require.present(timelyFilingDeadline, "timelyFilingDeadline");
    }

    @Override
    public String aggregateId() {
        return claimId;
    }
}
