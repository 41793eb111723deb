package io.claimline.claims.scrubber;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every rule on a claim and collects their edits. All rules always run (no stop at the first failure): a biller
 * fixes a claim once with the whole list in front of them.
 */
public final class Scrubber {

    private final List<ScrubRule> rules;

    public Scrubber(List<ScrubRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard edits, missing data first, then identifiers, codes, shape, money, coverage and deadlines. */
    public static Scrubber standard() {
        return new Scrubber(List.of(
                new RequiredData(),
                new NpiCheckDigits(),
                new WellFormedCodes(),
                new DiagnosisQualifierByDate(),
                new CodesValidOnDate(),
                new DiagnosisPointers(),
                new ClaimShape(),
                new TotalEqualsLines(),
                new DatesWithinCoverage(),
                new DuplicateClaim(),
                new TimelyFiling()));
    }

    public List<ScrubRule> rules() {
        return rules;
    }

    public ScrubResult scrub(ClaimToScrub claim, ScrubContext context) {
        List<ClaimEdit> edits = new ArrayList<>();
        for (ScrubRule rule : rules) {
            edits.addAll(rule.check(claim, context));
        }
        return ScrubResult.of(edits);
    }
}
