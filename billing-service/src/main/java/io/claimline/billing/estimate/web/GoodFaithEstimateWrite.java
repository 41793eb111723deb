package io.claimline.billing.estimate.web;

/** What issuing answers (and a retry with the same Idempotency-Key answers again): the estimate's id and version. */
public record GoodFaithEstimateWrite(String id, long version) {
}
