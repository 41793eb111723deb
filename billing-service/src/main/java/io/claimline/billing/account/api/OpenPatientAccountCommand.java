package io.claimline.billing.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens the ledger of a newly registered patient, who is their own guarantor until told otherwise (clinic from
 * the command's metadata). If the account is already open (the patient was named another patient's guarantor
 * first), the patient joins it.
 */
public record OpenPatientAccountCommand(@TargetAggregateIdentifier AccountId accountId, String patientId) {
}
