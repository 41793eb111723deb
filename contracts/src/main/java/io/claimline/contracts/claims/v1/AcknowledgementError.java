package io.claimline.contracts.claims.v1;

import io.claimline.contracts.Require;
import java.util.regex.Pattern;

/**
 * One error a 999 found in the claim's transaction set: a segment (IK3) and, when the error is in one of its
 * elements, that element (IK4). Where and why only: the copy of the bad data (IK404) is never carried, since it is
 * whatever we sent there (a name, a member id).
 *
 * @param segmentId IK301, e.g. {@code NM1}
 * @param position IK302, the segment's position in the transaction set (ST is 1)
 * @param elementPosition IK401-1, the element's position in the segment; null for a segment-level error
 * @param code IK403 (element) or IK304 (segment) syntax error code
 * @param description that code in plain English, as the x12 module's 999 reader gives it
 */
public record AcknowledgementError(String segmentId, int position, Integer elementPosition, String code,
        String description) {

    private static final Pattern SEGMENT_ID = Pattern.compile("[A-Z][A-Z0-9]{1,2}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,3}");

    public AcknowledgementError {
        Require.matches(segmentId, SEGMENT_ID, "errors.segmentId", "an X12 segment id");
        Require.atLeast(position, 1, "errors.position");
        if (elementPosition != null) {
            Require.atLeast(elementPosition, 1, "errors.elementPosition");
        }
        Require.matches(code, CODE, "errors.code", "an X12 syntax error code");
        Require.text(description, "errors.description", 200);
    }
}
