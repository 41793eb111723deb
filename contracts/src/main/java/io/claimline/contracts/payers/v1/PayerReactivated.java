package io.claimline.contracts.payers.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/** {@code patients.payer-events.v1} type {@code PayerReactivated}, version 1: the clinic bills a deactivated payer again, with the details it had. */
public record PayerReactivated(String payerId, Instant reactivatedAt) implements KeyedPayload {

    public PayerReactivated {
        Require.uuid(payerId, "payerId");
        Require.present(reactivatedAt, "reactivatedAt");
    }

    @Override
    public String aggregateId() {
        return payerId;
    }

    public static final String TYPE = "PayerReactivated";
    public static final int VERSION = 1;
}
