package io.claimline.claims.claim.api;

/** One scrubber edit as the claim records it: the rule, the field, what is wrong and how to fix it. */
public record ScrubEdit(String rule, String field, String problem, String fix) {
}
