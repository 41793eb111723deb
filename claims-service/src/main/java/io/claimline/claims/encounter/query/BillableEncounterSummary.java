package io.claimline.claims.encounter.query;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the billers' list of encounters: enough to pick one; its lines are in {@link BillableEncounter}. */
public record BillableEncounterSummary(
        String encounterId,
        BillableEncounterStatus status,
        int revision,
        String patientId,
        String currentPatientId,
        String payerId,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        String renderingNpi,
        int lineCount,
        Money totalCharge,
        Money expectedReimbursement,
        Instant confirmedAt) {
}
