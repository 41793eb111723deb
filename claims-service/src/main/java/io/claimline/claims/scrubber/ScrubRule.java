package io.claimline.claims.scrubber;

import java.util.List;

/** One scrubber edit: a pure function of the claim and the context; an empty list when the claim passes it. */
public interface ScrubRule {

    List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context);
}
