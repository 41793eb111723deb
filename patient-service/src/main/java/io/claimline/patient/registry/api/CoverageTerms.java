package io.claimline.patient.registry.api;

import java.time.LocalDate;

/**
 * A coverage's terms in the clear, as a command brings them ({@code subscriber} null when the patient is the
 * subscriber). Sealed by the aggregate before anything is stored.
 */
public record CoverageTerms(
        String payerId,
        String planName,
        String memberId,
        String groupNumber,
        Relationship relationship,
        PersonDetails subscriber,
        Priority priority,
        LocalDate effectiveDate,
        LocalDate terminationDate,
        Benefits benefits) {

    @Override
    public String toString() {
        return "CoverageTerms[payerId=" + payerId + ", priority=" + priority + "]";
    }
}
