package io.claimline.billing.encounter.web;

/** What a write answers (and a retry with the same Idempotency-Key again): the encounter and its version (ETag). */
public record EncounterWrite(String encounterId, long version) {
}
