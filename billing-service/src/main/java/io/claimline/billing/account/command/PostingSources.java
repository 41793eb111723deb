package io.claimline.billing.account.command;

import io.claimline.billing.account.api.AccountId;
import io.claimline.platform.kernel.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * The sources an account has posted: what makes a posting idempotent. Kept outside the aggregate (a table written in
 * the posting's own transaction, {@link PostingSourceRecorder}) so that an account with years of postings still loads
 * a small snapshot. The aggregate's command handlers receive it as a parameter.
 */
public interface PostingSources {

    /** The first posting of {@code source} on the account and its amount (null for charges), if it was posted. */
    Optional<Posted> find(AccountId account, String source);

    record Posted(UUID postingId, Money amount) {
    }
}
