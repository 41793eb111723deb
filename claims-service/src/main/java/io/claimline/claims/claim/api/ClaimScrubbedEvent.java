package io.claimline.claims.claim.api;

import java.time.Instant;
import java.util.List;

/** The scrubber checked the claim: no edits, it is ready; else it needs correction where each edit says. */
public record ClaimScrubbedEvent(String claimId, int checkVersion, List<ScrubEdit> edits, ClaimStatus outcome,
        Instant scrubbedAt, String scrubbedBy) {

    public ClaimScrubbedEvent {
        edits = List.copyOf(edits);
    }
}
