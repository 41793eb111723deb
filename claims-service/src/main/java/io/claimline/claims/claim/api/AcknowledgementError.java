package io.claimline.claims.claim.api;

/**
 * An error a 999 reported in the transaction set that held the claim (IK3 segment, IK4 element), without the bad
 * data's copy.
 *
 * @param elementPosition null when the error is about the segment as a whole
 */
public record AcknowledgementError(String segmentId, int segmentPosition, String loopId, Integer elementPosition,
        String code, String description) {
}
