package io.claimline.contracts.payers.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/** {@code patients.payer-events.v1} type {@code PayerAdded}, version 1: a clinic started billing a payer. */
public record PayerAdded(String payerId, PayerTerms terms, Instant addedAt) implements KeyedPayload {

    public PayerAdded {
        Require.uuid(payerId, "payerId");
        Require.present(terms, "terms");
        Require.present(addedAt, "addedAt");
    }

    @Override
    public String aggregateId() {
        return payerId;
    }

    public static final String TYPE = "PayerAdded";
    public static final int VERSION = 1;
}
