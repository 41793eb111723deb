package io.claimline.claims.claim.api;

/**
 * One status a claim acknowledgement gave (277CA STC: category, status and entity codes; for a TA1 its note code as
 * the status with category null).
 */
public record AcknowledgementStatus(String category, String code, String entity) {
}
