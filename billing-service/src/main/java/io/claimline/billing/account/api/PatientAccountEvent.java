package io.claimline.billing.account.api;

/** Everything that happens to a guarantor account. */
public sealed interface PatientAccountEvent permits LedgerPosting, PatientAccountOpenedEvent, GuarantorAccountOpenedEvent,
        GuarantorOnFileEvent, PatientResponsibilityAssignedEvent, PatientResponsibilityEndedEvent,
        BalanceTransferredOutEvent, BalanceTransferredInEvent, AccountMergedEvent, StatementIssuedEvent {

    AccountId accountId();
}
