package io.claimline.billing.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the ledger of a newly registered patient (clinic from the command's metadata). */
public record OpenPatientAccountCommand(@TargetAggregateIdentifier AccountId accountId, String patientId) {
}
