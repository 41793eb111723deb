package io.claimline.simulator.eligibility;

import io.claimline.simulator.x12.Segment;
import io.claimline.simulator.x12.X12Problem;
import java.util.List;

/**
 * A 270 that does not conform: the answer is a 999. {@code st} is null when the group itself is refused;
 * {@code setErrorCode} is IK502.
 */
public final class InquiryRejected extends Exception {

    private final transient Segment gs;
    private final transient Segment st;
    private final transient List<X12Problem> problems;
    private final String setErrorCode;

    InquiryRejected(Segment gs, Segment st, List<X12Problem> problems, String setErrorCode) {
        super(problems.isEmpty() ? "transaction set rejected" : problems.get(0).describe(), null, false, false);
        this.gs = gs;
        this.st = st;
        this.problems = List.copyOf(problems);
        this.setErrorCode = setErrorCode;
    }

    public Segment gs() {
        return gs;
    }

    public Segment st() {
        return st;
    }

    public List<X12Problem> problems() {
        return problems;
    }

    public String setErrorCode() {
        return setErrorCode;
    }
}
