package io.claimline.testsupport;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.payers.v1.PayerAdded;
import io.claimline.contracts.payers.v1.PayerAddress;
import io.claimline.contracts.payers.v1.PayerChanged;
import io.claimline.contracts.payers.v1.PayerDeactivated;
import io.claimline.contracts.payers.v1.PayerReactivated;
import io.claimline.contracts.payers.v1.PayerTerms;
import java.time.Instant;
import java.util.UUID;

/** Payer integration events as patient-service publishes them, for tests of the consuming services. */
public final class PublishedPayerEvents {

    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final Instant AT = Instant.parse("2026-11-27T09:15:30Z");

    private PublishedPayerEvents() {
    }

    public static PayerTerms terms(String name, String ediPayerId, int initialClaimDays) {
        return new PayerTerms(name, ediPayerId, "CI", initialClaimDays, 180, 180,
                new PayerAddress("PO Box 981106", null, "El Paso", "TX", "799981106"), "+18886323862", true);
    }

    public static IntegrationEvent payerAdded(String payerId, String clinicId, PayerTerms terms) {
        return event(PayerAdded.TYPE, payerId, clinicId, 0, new PayerAdded(payerId, terms, AT));
    }

    public static IntegrationEvent payerChanged(String payerId, String clinicId, long sequence, PayerTerms terms) {
        return event(PayerChanged.TYPE, payerId, clinicId, sequence, new PayerChanged(payerId, terms, AT));
    }

    public static IntegrationEvent payerDeactivated(String payerId, String clinicId, long sequence) {
        return event(PayerDeactivated.TYPE, payerId, clinicId, sequence, new PayerDeactivated(payerId, AT));
    }

    public static IntegrationEvent payerReactivated(String payerId, String clinicId, long sequence) {
        return event(PayerReactivated.TYPE, payerId, clinicId, sequence, new PayerReactivated(payerId, AT));
    }

    private static IntegrationEvent event(String type, String payerId, String clinicId, long sequence,
            Object payload) {
        return new IntegrationEvent(UUID.randomUUID().toString(), type, 1, AT, "Payer", payerId, sequence, clinicId,
                "corr-" + payerId, UUID.randomUUID().toString(), CODEC.toPayload(payload));
    }
}
