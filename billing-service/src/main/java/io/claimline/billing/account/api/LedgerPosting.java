package io.claimline.billing.account.api;

import java.util.UUID;

/** An event that posts money to the ledger: it has a posting id and the source it is idempotent on. */
public sealed interface LedgerPosting extends PatientAccountEvent permits ChargePostedEvent, ChargeReversedEvent,
        PaymentPostedEvent, AdjustmentPostedEvent, RefundIssuedEvent, ResponsibilityTransferredEvent {

    UUID postingId();

    String source();
}
