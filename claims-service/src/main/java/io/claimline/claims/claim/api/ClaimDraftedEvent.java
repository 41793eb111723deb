package io.claimline.claims.claim.api;

import java.time.Instant;
import java.time.LocalDate;

/** A claim was drafted from its encounter's confirmation. */
public record ClaimDraftedEvent(String claimId, String clinicId, String patientControlNumber, ClaimContent content,
        LocalDate timelyFilingDeadline, Instant draftedAt, String draftedBy) {
}
