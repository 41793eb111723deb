package io.claimline.contracts.encounters.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code billing.encounter-events.v1} type {@code EncounterConfirmed}, version 1: the rendering provider (or a
 * manager on their behalf, with a reason) confirmed the encounter; from now on it is billable. Revision 1.
 *
 * @param confirmedBy the user who confirmed
 * @param onBehalfReason why a manager confirmed for the provider; null when the provider confirmed
 */
public record EncounterConfirmed(
        String clinicId,
        String encounterId,
        int revision,
        EncounterDetails details,
        String confirmedBy,
        String onBehalfReason,
        Instant confirmedAt) implements KeyedPayload {

    public static final String TYPE = "EncounterConfirmed";
    public static final int VERSION = 1;

    public EncounterConfirmed {
        Require.present(clinicId, "clinicId");
        Require.uuid(encounterId, "encounterId");
        Require.present(details, "details");
        Require.present(confirmedBy, "confirmedBy");
        Require.present(confirmedAt, "confirmedAt");
    }

    @Override
    public String aggregateId() {
        return encounterId;
    }
}
