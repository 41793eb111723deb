package io.claimline.patient.registry.api;

import io.claimline.platform.phi.SealedValue;
import java.time.LocalDate;

/**
 * A coverage's terms as events hold them: the member id and, when the patient is not the subscriber, the
 * subscriber's demographics sealed under the patient's key; payer, plan, group and dates in the clear.
 */
public record SealedCoverage(
        String payerId,
        String planName,
        SealedValue memberId,
        String groupNumber,
        Relationship relationship,
        SealedSubscriber subscriber,
        Priority priority,
        LocalDate effectiveDate,
        LocalDate terminationDate,
        Benefits benefits) {
}
