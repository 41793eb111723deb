package io.claimline.billing.practice.web;

/**
 * What a write answers (and what a retry with the same Idempotency-Key answers again): the id of what was written
 * (the clinic, a provider or a location) and the practice's version after it, which is also the ETag.
 */
public record PracticeWrite(String id, long version) {
}
