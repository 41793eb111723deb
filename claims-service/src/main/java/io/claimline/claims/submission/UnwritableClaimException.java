package io.claimline.claims.submission;

/** A ready claim that cannot be written into an 837 (its batch leaves it out); the message has no PHI. */
class UnwritableClaimException extends RuntimeException {

    private final String claimId;

    UnwritableClaimException(String claimId, String reason) {
        super("claim " + claimId + " cannot be written: " + reason);
        this.claimId = claimId;
    }

    String claimId() {
        return claimId;
    }
}
