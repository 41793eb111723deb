package io.claimline.billing.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The account's patient was a duplicate of {@code survivingPatientId}: the whole open balance moves out to
 * {@code survivingAccountId} (the survivor's guarantor account) as transfer {@code transferId}, and the account
 * is marked merged into it. Answers what moved ({@link MovedBalance}), which the receiving account then takes in with
 * {@link ReceiveBalanceTransferCommand} in the same transaction. Merging again into the same account moves
 * nothing and answers zero.
 */
public record MergeAccountCommand(
        @TargetAggregateIdentifier AccountId accountId,
        AccountId survivingAccountId,
        String survivingPatientId,
        String transferId) {
}
