package io.claimline.x12.ack;

import java.util.List;
import java.util.Objects;

/**
 * One IK3 loop: a segment of our transaction set the receiver found in error.
 *
 * @param segmentId     IK301
 * @param position      IK302, the segment's position in our transaction set (ST is 1)
 * @param loopId        IK303, the guide's loop id (e.g. 2300), or "" when not given
 * @param code          IK304 segment syntax error code, or "" when not given (element errors only)
 * @param description   IK304 in plain English ("" when there is no code)
 * @param elementErrors the IK4s of the loop
 */
public record SegmentError(String segmentId, int position, String loopId, String code, String description,
        List<ElementError> elementErrors) {

    public SegmentError {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(loopId, "loopId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        elementErrors = List.copyOf(elementErrors);
    }
}
