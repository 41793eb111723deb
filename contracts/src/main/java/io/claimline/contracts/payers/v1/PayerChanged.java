package io.claimline.contracts.payers.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/** {@code patients.payer-events.v1} type {@code PayerChanged}, version 1: a payer's details were changed; the payload carries every value after the change. */
public record PayerChanged(String payerId, PayerTerms terms, Instant changedAt) implements KeyedPayload {

    public PayerChanged {
        Require.uuid(payerId, "payerId");
        Require.present(terms, "terms");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return payerId;
    }

    public static final String TYPE = "PayerChanged";
    public static final int VERSION = 1;
}
