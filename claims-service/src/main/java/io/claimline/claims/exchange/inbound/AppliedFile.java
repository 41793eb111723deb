package io.claimline.claims.exchange.inbound;

/** What applying one acknowledgement file did: whose it was, how many claims it decided, and how many were stale. */
record AppliedFile(String clinicId, int interchangeControlNumber, int claimsApplied, int stale) {
}
