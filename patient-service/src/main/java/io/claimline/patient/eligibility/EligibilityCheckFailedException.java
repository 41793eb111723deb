package io.claimline.patient.eligibility;

import java.util.List;

/**
 * The clearinghouse's answer could not be applied: it refused the inquiry (a CORE error or a 999), or its 271 does
 * not conform. Nothing was recorded on the coverage. The reasons name segments and codes, never values (PHI).
 */
public class EligibilityCheckFailedException extends RuntimeException {

    private final List<String> reasons;

    public EligibilityCheckFailedException(String summary, List<String> reasons) {
        super(summary);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
