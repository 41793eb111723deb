package io.claimline.contracts.encounters.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code billing.encounter-events.v1} type {@code EncounterVoided}, version 1: a confirmed encounter was voided (the
 * services were not rendered, or were recorded on the wrong patient); nothing of it may be billed any more.
 */
public record EncounterVoided(
        String clinicId,
        String encounterId,
        int revision,
        String reason,
        String voidedBy,
        Instant voidedAt) implements KeyedPayload {

    public static final String TYPE = "EncounterVoided";
    public static final int VERSION = 1;

    public EncounterVoided {
        Require.present(clinicId, "clinicId");
        Require.uuid(encounterId, "encounterId");
        Require.present(reason, "reason");
        Require.present(voidedBy, "voidedBy");
        Require.present(voidedAt, "voidedAt");
    }

    @Override
    public String aggregateId() {
        return encounterId;
    }
}
