package io.claimline.claims.claim.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The scrubber's answer for the claim as it was at {@code checkVersion}; an answer for an older version is ignored
 * (a newer change is being scrubbed).
 */
public record RecordScrubResultCommand(@TargetAggregateIdentifier String claimId, int checkVersion,
        List<ScrubEdit> edits) {

    public RecordScrubResultCommand {
        edits = List.copyOf(edits);
    }
}
