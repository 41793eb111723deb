package io.claimline.contracts.payers.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/** {@code patients.payer-events.v1} type {@code PayerDeactivated}, version 1: the clinic no longer bills the payer; its EDI payer id may be used by another payer. */
public record PayerDeactivated(String payerId, Instant deactivatedAt) implements KeyedPayload {

    public PayerDeactivated {
        Require.uuid(payerId, "payerId");
        Require.present(deactivatedAt, "deactivatedAt");
    }

    @Override
    public String aggregateId() {
        return payerId;
    }

    public static final String TYPE = "PayerDeactivated";
    public static final int VERSION = 1;
}
