package io.claimline.claims.scrubber;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.platform.kernel.Money;
import java.util.List;

/**
 * The claim's total charge (CLM02) equals the sum of its lines' charges (SV102) to the cent: payers reject a claim
 * whose total does not balance. Skipped while a charge or the total is missing ({@link RequiredData}'s).
 */
public final class TotalEqualsLines implements ScrubRule {

    public static final String NAME = "total-equals-lines";

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        Money total = claim.totalCharge();
        if (total == null || claim.lines().stream().anyMatch(line -> line.charge() == null)) {
            return List.of();
        }
        if (claim.lines().stream().anyMatch(line -> !line.charge().currency().equals(total.currency()))) {
            return List.of(new ClaimEdit(NAME, "totalCharge", "The line charges are not all in the claim's currency.",
                    "Enter every charge in US dollars."));
        }
        Money sum = Money.zero(total.currency());
        for (Line line : claim.lines()) {
            sum = sum.plus(line.charge());
        }
        if (sum.amount().compareTo(total.amount()) != 0) {
            return List.of(new ClaimEdit(NAME, "totalCharge", "The total charge " + total.amount().toPlainString()
                    + " does not equal the sum of the line charges, " + sum.amount().toPlainString() + ".",
                    "Draft the claim again so the total is the sum of its lines."));
        }
        return List.of();
    }
}
