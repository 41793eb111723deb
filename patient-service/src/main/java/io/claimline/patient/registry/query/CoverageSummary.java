package io.claimline.patient.registry.query;

import io.claimline.patient.registry.api.Benefits;
import io.claimline.platform.kernel.UsAddress;
import java.time.Instant;
import java.time.LocalDate;

/** A coverage as the registry shows it, member id and subscriber opened for the caller. */
public record CoverageSummary(
        String coverageId,
        String patientId,
        String payerId,
        String planName,
        String memberId,
        String groupNumber,
        String relationship,
        Subscriber subscriber,
        String priority,
        LocalDate effectiveDate,
        LocalDate terminationDate,
        Benefits benefits,
        String eligibilityStatus,
        Instant eligibilityCheckedAt) {

    /** The subscriber when not the patient. */
    public record Subscriber(String givenName, String familyName, LocalDate dateOfBirth, String sex,
            UsAddress address) {

        @Override
        public String toString() {
            return "Subscriber[redacted]";
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !effectiveDate.isAfter(day) && (terminationDate == null || !day.isAfter(terminationDate));
    }

    @Override
    public String toString() {
        return "CoverageSummary[coverageId=" + coverageId + "]";
    }
}
