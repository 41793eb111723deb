package io.claimline.billing.account.api;

/** Everything that happens to a guarantor account. */
public sealed interface PatientAccountEvent permits PatientAccountOpenedEvent, GuarantorAccountOpenedEvent,
        GuarantorOnFileEvent, PatientResponsibilityAssignedEvent, PatientResponsibilityEndedEvent,
        BalanceTransferredOutEvent, BalanceTransferredInEvent, AccountMergedEvent, ChargePostedEvent,
        ChargeReversedEvent, PaymentPostedEvent, AdjustmentPostedEvent, RefundIssuedEvent,
        ResponsibilityTransferredEvent, StatementIssuedEvent {

    AccountId accountId();
}
