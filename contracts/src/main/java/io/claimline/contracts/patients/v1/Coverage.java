package io.claimline.contracts.patients.v1;

import io.claimline.contracts.Require;
import java.time.LocalDate;

/**
 * A coverage's terms as consumers keep them. {@code relationship} is the patient's to the subscriber (SELF,
 * SPOUSE, CHILD, OTHER); {@code subscriber} is null when SELF; {@code priority} PRIMARY, SECONDARY or TERTIARY;
 * {@code payerId} the payer registry's id ({@code patients.payer-events.v1}).
 */
public record Coverage(
        String coverageId,
        String payerId,
        String planName,
        SealedValue memberId,
        String groupNumber,
        String relationship,
        SealedPerson subscriber,
        String priority,
        LocalDate effectiveDate,
        LocalDate terminationDate,
        Benefits benefits) {

    public Coverage {
        Require.uuid(coverageId, "coverageId");
        Require.present(payerId, "payerId");
        Require.present(memberId, "memberId");
        Require.present(relationship, "relationship");
        Require.present(priority, "priority");
        Require.present(effectiveDate, "effectiveDate");
    }
}
