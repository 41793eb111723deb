package io.claimline.claims.claim.api;

/** Which acknowledgement decided: the interchange's (TA1), the transaction set's (999) or the claim's (277CA). */
public enum AcknowledgementLevel {
    TA1, ACK_999, CA_277;

    /** The name the contracts and the clearinghouse use: TA1, 999, 277CA. */
    public String code() {
        return switch (this) {
            case TA1 -> "TA1";
            case ACK_999 -> "999";
            case CA_277 -> "277CA";
        };
    }
}
