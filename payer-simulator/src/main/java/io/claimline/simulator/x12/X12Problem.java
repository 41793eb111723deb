package io.claimline.simulator.x12;

/**
 * Why a transaction set is not accepted, in the terms of a 999: the segment (its id and position in the set, as
 * IK301/IK302), optionally the element (IK401, with its component) and the codes of IK304/IK403. {@code reason} is
 * a plain sentence for people (CORE ErrorMessage); it never carries the element's value, which may be PHI.
 */
public record X12Problem(String segmentId, int segmentPosition, String loopId, String segmentErrorCode,
        int elementPosition, int componentPosition, String elementErrorCode, String reason) {

    /** IK304 codes (005010X231A1). */
    public static final String UNRECOGNIZED_SEGMENT = "1";
    public static final String UNEXPECTED_SEGMENT = "2";
    public static final String MANDATORY_SEGMENT_MISSING = "3";
    public static final String SEGMENT_HAS_DATA_ELEMENT_ERRORS = "8";

    /** IK403 codes (005010X231A1). */
    public static final String MANDATORY_ELEMENT_MISSING = "1";
    public static final String INVALID_CHARACTER = "6";
    public static final String INVALID_CODE_VALUE = "7";
    public static final String INVALID_DATE = "8";
    public static final String TOO_SHORT = "4";
    public static final String TOO_LONG = "5";
    public static final String TOO_MANY_ELEMENTS = "3";

    public static X12Problem segment(String segmentId, int position, String loopId, String code, String reason) {
        return new X12Problem(segmentId, position, loopId, code, 0, 0, null, reason);
    }

    public static X12Problem element(Segment segment, String loopId, int element, String code, String reason) {
        return new X12Problem(segment.tag(), segment.positionInSet(), loopId, SEGMENT_HAS_DATA_ELEMENT_ERRORS,
                element, 0, code, reason);
    }

    /** "segment NM1 at position 9 (loop 2100C), element 09: member id is required". */
    public String describe() {
        StringBuilder text = new StringBuilder("segment ").append(segmentId).append(" at position ")
                .append(segmentPosition);
        if (loopId != null && !loopId.isEmpty()) {
            text.append(" (loop ").append(loopId).append(')');
        }
        if (elementPosition > 0) {
            text.append(", element ").append(String.format("%02d", elementPosition));
        }
        return text.append(": ").append(reason).toString();
    }
}
