package io.claimline.billing.account.api;

/** Everything that happens to a patient account. */
public sealed interface PatientAccountEvent permits PatientAccountOpenedEvent {

    AccountId accountId();
}
