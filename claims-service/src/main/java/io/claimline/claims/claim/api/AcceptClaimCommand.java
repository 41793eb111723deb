package io.claimline.claims.claim.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payer's front end accepted the claim's submission (277CA A1/A2). */
public record AcceptClaimCommand(@TargetAggregateIdentifier String claimId, int submission,
        AcknowledgementLevel level, String payerClaimControlNumber, List<AcknowledgementStatus> statuses,
        String acknowledgementFileId) {

    public AcceptClaimCommand {
        statuses = List.copyOf(statuses);
    }
}
