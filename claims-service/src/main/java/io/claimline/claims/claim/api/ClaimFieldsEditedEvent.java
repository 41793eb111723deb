package io.claimline.claims.claim.api;

import java.time.Instant;

/** A biller edited the claim-only fields (prior authorisation, note, delay reason), with the reason. */
public record ClaimFieldsEditedEvent(String claimId, ClaimOnlyFields fields, String reason, Instant editedAt,
        String editedBy) {
}
