package io.claimline.claims.scrubber;

import io.claimline.claims.scrubber.ClaimToScrub.Coverage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every date of service falls within the coverage billed: on or after its effective date and on or before its
 * termination date (both inclusive; an open end runs on). A service outside it is denied as "coverage not in
 * effect" (CARC 26/27). The words never carry the dates: they are the patient's.
 */
public final class DatesWithinCoverage implements ScrubRule {

    public static final String NAME = "dates-within-coverage";

    private static final String FIX = "Check the patient's eligibility for the date of service: bill the coverage in"
            + " force then, or the patient.";

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        Coverage coverage = claim.coverage();
        if (coverage.effectiveDate() == null) {
            return List.of();
        }
        List<ClaimEdit> edits = new ArrayList<>();
        check(claim.serviceFrom(), "serviceFrom", "The first date of service", coverage, edits);
        check(claim.serviceTo(), "serviceTo", "The last date of service", coverage, edits);
        for (int i = 0; i < claim.lines().size(); i++) {
            check(claim.lines().get(i).serviceDate(), Edits.line(i) + ".serviceDate",
                    Edits.lineLabel(i) + "'s date of service", coverage, edits);
        }
        return edits;
    }

    private static void check(LocalDate date, String field, String what, Coverage coverage, List<ClaimEdit> edits) {
        if (date == null) {
            return;
        }
        if (date.isBefore(coverage.effectiveDate())) {
            edits.add(new ClaimEdit(NAME, field, what + " is before the coverage took effect.", FIX));
        } else if (coverage.terminationDate() != null && date.isAfter(coverage.terminationDate())) {
            edits.add(new ClaimEdit(NAME, field, what + " is after the coverage ended.", FIX));
        }
    }
}
