package io.claimline.billing.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The account no longer answers for the patient: another account took over ({@code nextAccountId}) because the
 * guarantor changed ({@link ResponsibilityEndReason#REASSIGNED}) or the patient was merged into another
 * ({@link ResponsibilityEndReason#MERGED}). Ending it twice changes nothing.
 */
public record EndResponsibilityCommand(
        @TargetAggregateIdentifier AccountId accountId,
        String patientId,
        AccountId nextAccountId,
        ResponsibilityEndReason reason) {
}
