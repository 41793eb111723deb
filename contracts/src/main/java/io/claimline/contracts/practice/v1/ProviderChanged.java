package io.claimline.contracts.practice.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code billing.practice-events.v1} type {@code ProviderChanged}, version 1: a provider's details as they are from
 * {@code effectiveFrom} on. {@code effectiveTo} (inclusive, null for open-ended) is the provider's last day with
 * the clinic; it replaces the one known before.
 *
 * @param credential e.g. MD, DO, NP, PA; null when not given
 */
public record ProviderChanged(
        String clinicId,
        String providerId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String npi,
        String givenName,
        String familyName,
        String taxonomy,
        String credential,
        Instant changedAt) implements KeyedPayload {

    public static final String TYPE = "ProviderChanged";
    public static final int VERSION = 1;

    public ProviderChanged {
        Require.present(clinicId, "clinicId");
        Require.uuid(providerId, "providerId");
        Require.present(effectiveFrom, "effectiveFrom");
        Require.present(npi, "npi");
        Require.present(givenName, "givenName");
        Require.present(familyName, "familyName");
        Require.present(taxonomy, "taxonomy");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return clinicId;
    }
}
