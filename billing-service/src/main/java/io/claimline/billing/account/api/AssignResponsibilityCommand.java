package io.claimline.billing.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The guarantor of {@code accountId} is financially responsible for {@code patientId} from now on; the account
 * is opened if it is missing, with the guarantor's sealed name and contact on file. {@code kind} is SELF, PATIENT
 * or PERSON; {@code previousAccountId} the account that was responsible before (null if none), which the patient
 * leaves through {@link EndResponsibilityCommand}.
 */
public record AssignResponsibilityCommand(
        @TargetAggregateIdentifier AccountId accountId,
        String patientId,
        String kind,
        SealedGuarantor guarantor,
        AccountId previousAccountId) {
}
