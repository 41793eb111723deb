package io.claimline.simulator.x12;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Writes the 999 (005010X231A1) that rejects one transaction set: AK1 names the group, AK2 the set, an IK3 per
 * problem segment with its position in the set (and an IK4 for the element when one is known), IK5 and AK9 reject.
 */
public final class ImplementationAcknowledgement {

    public static final String IMPLEMENTATION = "005010X231A1";

    private ImplementationAcknowledgement() {
    }

    /**
     * @param gs the request's GS (AK1: functional id and group control number, AK103 its version)
     * @param st the request's ST, or null when no set could be found (then AK9 alone says the group was rejected)
     * @param problems what is wrong, at most a handful is reported
     * @param setErrorCode IK502: 5 (segments in error), 3 (control numbers differ), 4 (segment count wrong)
     */
    public static String reject(InterchangeParties parties, long controlNumber, ZonedDateTime at, Segment gs,
            Segment st, List<X12Problem> problems, String setErrorCode) {
        X12Output out = new X12Output(parties, controlNumber, at, "FA", "999", IMPLEMENTATION);
        out.segment("AK1", gs.element(1), gs.element(6), gs.element(8));
        if (st != null) {
            out.segment("AK2", st.element(1), st.element(2), st.element(3));
            problems.stream().filter(problem -> problem.segmentPosition() > 0).limit(20).forEach(problem -> {
                out.segment("IK3", problem.segmentId(), Integer.toString(problem.segmentPosition()),
                        problem.loopId(), problem.segmentErrorCode());
                if (problem.elementPosition() > 0) {
                    String position = problem.componentPosition() > 0
                            ? X12Output.composite(Integer.toString(problem.elementPosition()),
                                    Integer.toString(problem.componentPosition()))
                            : Integer.toString(problem.elementPosition());
                    out.segment("IK4", position, "", problem.elementErrorCode());
                }
            });
            out.segment("IK5", "R", setErrorCode);
            out.segment("AK9", "R", "1", "1", "0");
        } else {
            out.segment("AK9", "R", "0", "0", "0", "1");
        }
        return out.finish();
    }
}
