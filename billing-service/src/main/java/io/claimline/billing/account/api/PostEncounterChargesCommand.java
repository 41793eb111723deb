package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Charge a confirmed encounter's revision to the account: each line's charge against what the ledger already holds
 * for it (new lines posted, changed ones by the difference, dropped ones reversed). {@code billedTo} owes it first;
 * {@code copay} (insured encounters, from the coverage's benefits) moves to the patient on the first revision.
 * Idempotent on {@code source} (the encounter and its revision).
 */
public record PostEncounterChargesCommand(
        @TargetAggregateIdentifier AccountId accountId,
        String source,
        UUID encounterId,
        UUID patientId,
        Responsibility billedTo,
        List<ChargeLine> lines,
        Money copay) {

    public PostEncounterChargesCommand {
        lines = List.copyOf(lines);
    }

    public record ChargeLine(UUID lineId, LocalDate dateOfService, String procedureCode, List<String> modifiers,
            Money charge) {

        public ChargeLine {
            modifiers = List.copyOf(modifiers);
        }
    }
}
