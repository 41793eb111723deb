package io.claimline.billing.pricing.web;

/**
 * What a chargemaster or contract write answers (and a retry with the same Idempotency-Key answers again): what
 * was written (the clinic's chargemaster, or the payer's contract) and its version after it, also the ETag.
 */
public record PricingWrite(String id, long version) {
}
