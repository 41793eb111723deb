package io.claimline.contracts.practice.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code billing.practice-events.v1} type {@code ProviderAdded}, version 1: a rendering provider joined the clinic from
 * {@code effectiveFrom} on. {@code effectiveTo} (inclusive, null for open-ended) is the provider's last day with
 * the clinic.
 *
 * @param credential e.g. MD, DO, NP, PA; null when not given
 */
public record ProviderAdded(
        String clinicId,
        String providerId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String npi,
        String givenName,
        String familyName,
        String taxonomy,
        String credential,
        Instant addedAt) implements KeyedPayload {

    public static final String TYPE = "ProviderAdded";
    public static final int VERSION = 1;

    public ProviderAdded {
        Require.present(clinicId, "clinicId");
        Require.uuid(providerId, "providerId");
        Require.present(effectiveFrom, "effectiveFrom");
        Require.present(npi, "npi");
        Require.present(givenName, "givenName");
        Require.present(familyName, "familyName");
        Require.present(taxonomy, "taxonomy");
        Require.present(addedAt, "addedAt");
    }

    @Override
    public String aggregateId() {
        return clinicId;
    }
}
