package io.claimline.claims.claim.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A TA1, 999 or 277CA rejected the claim's submission: it was not filed. {@code reason} says it in words.
 */
public record RejectClaimCommand(@TargetAggregateIdentifier String claimId, int submission,
        AcknowledgementLevel level, List<AcknowledgementStatus> statuses, List<AcknowledgementError> errors,
        String reason, String acknowledgementFileId) {

    public RejectClaimCommand {
        statuses = List.copyOf(statuses);
        errors = List.copyOf(errors);
    }
}
