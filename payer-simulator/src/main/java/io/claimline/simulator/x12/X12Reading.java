package io.claimline.simulator.x12;

import java.util.List;

/**
 * What {@link X12Reader} made of a payload: every segment in order, and what StAEDI found wrong with the envelope
 * while reading (control numbers and counts that disagree, envelope elements of the wrong form). The structure of
 * the transaction set itself is the caller's to check.
 */
public record X12Reading(List<Segment> segments, List<X12Problem> problems) {

    public X12Reading {
        segments = List.copyOf(segments);
        problems = List.copyOf(problems);
    }
}
