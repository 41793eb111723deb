package io.claimline.simulator.x12;

/**
 * A payload that cannot be read as an X12 interchange at all (no ISA, broken delimiters, cut short): nothing in it
 * can be acknowledged by a 999, so the answer is an envelope error. The message names the segment count reached and
 * the reason, never the data.
 */
public class UnreadableX12Exception extends Exception {

    private final int segmentPosition;

    public UnreadableX12Exception(String reason, int segmentPosition) {
        super(reason);
        this.segmentPosition = segmentPosition;
    }

    /** The 1-based position in the interchange of the segment being read when reading failed. */
    public int segmentPosition() {
        return segmentPosition;
    }
}
