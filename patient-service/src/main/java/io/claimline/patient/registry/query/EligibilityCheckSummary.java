package io.claimline.patient.registry.query;

import io.claimline.patient.registry.api.Benefits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One eligibility check of a coverage: what the payer answered for a date of service. */
public record EligibilityCheckSummary(String checkId, LocalDate dateOfService, String status, LocalDate planBegin,
        LocalDate planEnd, Benefits benefits, List<String> reasons, Instant checkedAt, String checkedBy) {
}
