package io.claimline.patient.registry.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a 271 said, reduced to what the coverage keeps.
 *
 * @param status ACTIVE, INACTIVE or REJECTED
 * @param reasons for a rejection, the AAA reject reason codes with their meaning
 */
public record EligibilityOutcome(String status, LocalDate planBegin, LocalDate planEnd, Benefits benefits,
        List<String> reasons) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
