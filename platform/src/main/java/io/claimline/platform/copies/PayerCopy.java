package io.claimline.platform.copies;

import io.claimline.platform.kernel.UsAddress;

/**
 * A consuming service's copy of one of a clinic's payers, as {@code patients.payer-events.v1} last told it.
 * {@code lastSequence} is the payer's last applied event; {@code phone} is E.164 or null.
 */
public record PayerCopy(
        String payerId,
        String name,
        String ediPayerId,
        String claimFilingIndicator,
        int initialClaimDays,
        int correctedClaimDays,
        int appealDays,
        UsAddress address,
        String phone,
        boolean acceptsElectronicClaims,
        boolean active,
        long lastSequence) {
}
