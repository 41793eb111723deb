package io.claimline.contracts.practice.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code billing.practice-events.v1} type {@code ProviderDeactivated}, version 1: the provider no longer renders
 * services for the clinic after {@code effectiveTo} (inclusive). Their versions stay for dates up to it.
 */
public record ProviderDeactivated(
        String clinicId,
        String providerId,
        LocalDate effectiveTo,
        String reason,
        Instant deactivatedAt) implements KeyedPayload {

    public static final String TYPE = "ProviderDeactivated";
    public static final int VERSION = 1;

    public ProviderDeactivated {
        Require.present(clinicId, "clinicId");
        Require.uuid(providerId, "providerId");
        Require.present(effectiveTo, "effectiveTo");
        Require.present(reason, "reason");
        Require.present(deactivatedAt, "deactivatedAt");
    }

    @Override
    public String aggregateId() {
        return clinicId;
    }
}
