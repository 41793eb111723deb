package io.claimline.contracts.claims.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.util.List;

/**
 * {@code claims.claim-events.v1} type {@code ClaimAccepted}, version 1: an acknowledgement accepted submission
 * {@code submission} of the claim: a 999 (the file was well formed; the claim goes on to the payer) or a 277CA (the
 * payer took the claim into adjudication). Payment, if any, comes later with an 835.
 *
 * @param acknowledgement {@code 999} or {@code 277CA} ({@link Acknowledgements#ACCEPTING})
 * @param payerClaimControlNumber the payer's own number for the claim (277CA REF*1K), at most 50 characters; null
 *     when the acknowledgement gives none (always for a 999)
 * @param statuses the 277CA's claim statuses (at least one for a 277CA); empty for a 999
 */
public record ClaimAccepted(
        String claimId,
        String patientControlNumber,
        int submission,
        String acknowledgement,
        String payerClaimControlNumber,
        List<ClaimStatus> statuses,
        Instant acceptedAt) implements KeyedPayload {

    public static final String TYPE = "ClaimAccepted";
    public static final int VERSION = 1;

    public ClaimAccepted {
        Require.uuid(claimId, "claimId");
        ClaimChecks.patientControlNumber(patientControlNumber, "patientControlNumber");
        Require.atLeast(submission, 1, "submission");
        Acknowledgements.oneOf(acknowledgement, Acknowledgements.ACCEPTING, "acknowledgement");
        if (payerClaimControlNumber != null) {
            Require.text(payerClaimControlNumber, "payerClaimControlNumber", 50);
        }
        statuses = Require.size(statuses, 0, 100, "statuses");
        if (acknowledgement.equals(Acknowledgements.CLAIM_277CA) && statuses.isEmpty()) {
            throw new MalformedIntegrationEventException("statuses is empty for a 277CA");
        }
        Require.present(acceptedAt, "acceptedAt");
    }

    @Override
    public String aggregateId() {
        return claimId;
    }
}
