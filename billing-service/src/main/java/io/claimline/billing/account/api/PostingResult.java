package io.claimline.billing.account.api;

import java.util.UUID;

/**
 * What a posting command answers: the posting's id, the account's version after it (for read-your-writes), and
 * whether the source had been posted before (then nothing changed and the first posting's id is answered).
 */
public record PostingResult(UUID postingId, long version, boolean repeated) {
}
