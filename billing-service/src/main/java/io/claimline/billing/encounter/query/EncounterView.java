package io.claimline.billing.encounter.query;

import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.api.EncounterStatus;
import io.claimline.platform.kernel.Money;
import java.time.Instant;

/**
 * An encounter as it now stands. {@code revision} is 0 until confirmed, 1 at confirmation, then one more per
 * amendment; {@code version} is the aggregate's, for If-Match.
 */
public record EncounterView(
        String encounterId,
        EncounterStatus status,
        int revision,
        long version,
        EncounterData encounter,
        Money totalCharge,
        Money expectedReimbursement,
        Instant recordedAt,
        String recordedBy,
        Instant confirmedAt,
        String confirmedBy,
        String onBehalfReason,
        Instant voidedAt) {
}
