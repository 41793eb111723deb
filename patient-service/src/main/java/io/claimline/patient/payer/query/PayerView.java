package io.claimline.patient.payer.query;

import io.claimline.platform.kernel.UsAddress;

/**
 * A payer as the registry shows it. {@code version} is the payer's last event sequence (the ETag to send in
 * If-Match); {@code phone} is E.164 or null.
 */
public record PayerView(
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
        long version) {
}
