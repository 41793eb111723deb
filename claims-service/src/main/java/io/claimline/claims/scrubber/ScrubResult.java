package io.claimline.claims.scrubber;

import java.util.List;

/** The scrubber's answer: passed when no rule failed; the edits in rule order, then field order within a rule. */
public record ScrubResult(boolean passed, List<ClaimEdit> edits) {

    public ScrubResult {
        edits = List.copyOf(edits);
        if (passed != edits.isEmpty()) {
            throw new IllegalArgumentException("a claim passes exactly when it has no edits");
        }
    }

    public static ScrubResult of(List<ClaimEdit> edits) {
        return new ScrubResult(edits.isEmpty(), edits);
    }
}
