package io.claimline.claims.scrubber;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The payer's timely-filing limit for a first claim has not passed: the deadline is the first date of service plus
 * the payer's initial-claim days (the payer registry's {@code initialClaimDays}), inclusive. A claim sent later is
 * denied (CARC 29) and cannot be billed to the patient. The work queue orders claims by {@link #deadline}.
 */
public final class TimelyFiling implements ScrubRule {

    public static final String NAME = "timely-filing";

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        if (Edits.blank(claim.payer().payerId()) || claim.firstDateOfService() == null) {
            return List.of(); // no payer or no date: RequiredData's
        }
        if (claim.payer().initialClaimDays() <= 0) {
            return List.of(new ClaimEdit(NAME, "payer.initialClaimDays",
                    "The payer's timely-filing limit for first claims is not on file.",
                    "Enter the payer's limit (in days from the date of service) in the payer registry."));
        }
        LocalDate deadline = deadline(claim).orElseThrow();
        if (context.today().isAfter(deadline)) {
            return List.of(new ClaimEdit(NAME, "serviceFrom",
                    "The payer's " + claim.payer().initialClaimDays() + "-day limit for a first claim has passed.",
                    "Send it only with proof of timely filing (an earlier acceptance report) or a late-filing reason"
                            + " the payer accepts; otherwise adjust the charge off as timely filing."));
        }
        return List.of();
    }

    /**
     * The last day the payer accepts the claim as a first claim: the first date of service plus the payer's
     * initial-claim days; empty while either is unknown.
     */
    public static Optional<LocalDate> deadline(ClaimToScrub claim) {
        LocalDate first = claim.firstDateOfService();
        int days = claim.payer().initialClaimDays();
        return first == null || days <= 0 ? Optional.empty() : Optional.of(first.plusDays(days));
    }
}
