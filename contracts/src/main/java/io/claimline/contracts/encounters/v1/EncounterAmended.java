package io.claimline.contracts.encounters.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code billing.encounter-events.v1} type {@code EncounterAmended}, version 1: a correction after confirmation,
 * never an edit. {@code details} is the whole encounter as it now stands (revision 2, 3, …), so a consumer replaces
 * what it holds: claims re-drafts a claim not yet submitted, or corrects one that was.
 */
public record EncounterAmended(
        String clinicId,
        String encounterId,
        int revision,
        EncounterDetails details,
        String reason,
        String amendedBy,
        Instant amendedAt) implements KeyedPayload {

    public static final String TYPE = "EncounterAmended";
    public static final int VERSION = 1;

    public EncounterAmended {
        Require.present(clinicId, "clinicId");
        Require.uuid(encounterId, "encounterId");
        Require.present(details, "details");
        Require.present(reason, "reason");
        Require.present(amendedBy, "amendedBy");
        Require.present(amendedAt, "amendedAt");
    }

    @Override
    public String aggregateId() {
        return encounterId;
    }
}
