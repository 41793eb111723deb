package io.claimline.x12;

import java.util.Objects;

/**
 * One reason an interchange does not conform to its implementation guide.
 *
 * @param segmentPosition 1-based count of the segment within the interchange (ISA is 1); 0 when the input could
 *                        not be read far enough to have a segment (empty, over the size cap)
 * @param segmentId       the segment concerned (e.g. {@code NM1}); for a missing segment, the one that is missing;
 *                        null when unknown
 * @param elementPosition 1-based element position within the segment, or null for a segment-level error
 * @param reason          plain words; never quotes an element value, because values are PHI
 */
public record X12Error(int segmentPosition, String segmentId, Integer elementPosition, String reason) {

    public X12Error {
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code segment 7 (NM1), element 9: required data element missing}: positions, ids and reason only. */
    public String describe() {
        StringBuilder text = new StringBuilder("segment ").append(segmentPosition);
        if (segmentId != null) {
            text.append(" (").append(segmentId).append(')');
        }
        if (elementPosition != null) {
            text.append(", element ").append(elementPosition);
        }
        return text.append(": ").append(reason).toString();
    }
}
