package io.claimline.testsupport;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.practice.v1.Address;
import io.claimline.contracts.practice.v1.ClinicProfileChanged;
import io.claimline.contracts.practice.v1.LocationAdded;
import io.claimline.contracts.practice.v1.LocationChanged;
import io.claimline.contracts.practice.v1.ProviderAdded;
import io.claimline.contracts.practice.v1.ProviderChanged;
import io.claimline.contracts.practice.v1.ProviderDeactivated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Practice-setup integration events as billing-service publishes them ({@code billing.practice-events.v1}; the
 * aggregate and the key are the clinic id), for tests of the services that keep a copy. Send them with
 * {@link PublishedEvents#send}.
 */
public final class PublishedPracticeEvents {

    public static final Address MAIN_STREET = new Address("100 Main Street", "Suite 200", "Springfield", "IL",
            "627011234");

    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final Instant AT = Instant.parse("2026-11-27T09:15:30Z");

    private PublishedPracticeEvents() {
    }

    public static IntegrationEvent clinicProfileChanged(String clinicId, long sequence, LocalDate effectiveFrom,
            String legalName, Address billingAddress) {
        return event(clinicId, sequence, ClinicProfileChanged.TYPE, new ClinicProfileChanged(clinicId, effectiveFrom,
                legalName, "1234567893", "123456789", "207Q00000X", billingAddress, null, AT));
    }

    public static IntegrationEvent providerAdded(String clinicId, long sequence, String providerId,
            LocalDate effectiveFrom, LocalDate effectiveTo, String npi, String familyName) {
        return event(clinicId, sequence, ProviderAdded.TYPE, new ProviderAdded(clinicId, providerId, effectiveFrom,
                effectiveTo, npi, "Grace", familyName, "207Q00000X", "MD", AT));
    }

    public static IntegrationEvent providerChanged(String clinicId, long sequence, String providerId,
            LocalDate effectiveFrom, LocalDate effectiveTo, String npi, String familyName) {
        return event(clinicId, sequence, ProviderChanged.TYPE, new ProviderChanged(clinicId, providerId,
                effectiveFrom, effectiveTo, npi, "Grace", familyName, "207R00000X", "DO", AT));
    }

    public static IntegrationEvent providerDeactivated(String clinicId, long sequence, String providerId,
            LocalDate effectiveTo) {
        return event(clinicId, sequence, ProviderDeactivated.TYPE, new ProviderDeactivated(clinicId, providerId,
                effectiveTo, "left the practice", AT));
    }

    public static IntegrationEvent locationAdded(String clinicId, long sequence, String locationId,
            LocalDate effectiveFrom, String placeOfService) {
        return event(clinicId, sequence, LocationAdded.TYPE, new LocationAdded(clinicId, locationId, effectiveFrom,
                null, "Main Office", MAIN_STREET, placeOfService, null, AT));
    }

    public static IntegrationEvent locationChanged(String clinicId, long sequence, String locationId,
            LocalDate effectiveFrom, String placeOfService) {
        return event(clinicId, sequence, LocationChanged.TYPE, new LocationChanged(clinicId, locationId,
                effectiveFrom, null, "Main Office", MAIN_STREET, placeOfService, null, AT));
    }

    private static IntegrationEvent event(String clinicId, long sequence, String type, Object payload) {
        return new IntegrationEvent(UUID.randomUUID().toString(), type, 1, AT, "Practice", clinicId, sequence,
                clinicId, "corr-" + clinicId, UUID.randomUUID().toString(), CODEC.toPayload(payload));
    }
}
