package io.claimline.claims.claim.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The claim went into a batch's 837 interchange. {@code acknowledgementDueAt}: when, without a claim
 * acknowledgement, it joins the "submitted without acknowledgement" queue.
 */
public record SubmitClaimCommand(@TargetAggregateIdentifier String claimId, Submission submission,
        Instant acknowledgementDueAt) {
}
