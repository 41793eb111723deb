package io.claimline.simulator.clearinghouse;

import io.claimline.simulator.clearinghouse.ClaimFile.SetError;
import io.claimline.simulator.x12.InterchangeParties;
import io.claimline.simulator.x12.Segment;
import io.claimline.simulator.x12.X12Output;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Writes the 999 (005010X231A1) for an 837's functional group: AK1 names the group, an AK2 loop per transaction
 * set with an IK3 per segment in error (id, position in the set, loop, IK304) and an IK4 for its element (position
 * with component, data element number, IK403), IK5 A or R with IK502, then AK9: A when every set was accepted, P
 * when some were, R when none were or the group itself is wrong (AK905).
 */
final class ImplementationAcknowledgementWriter {

    static final String IMPLEMENTATION = "005010X231A1";
    private static final int MAX_ERRORS_PER_SET = 20;

    private ImplementationAcknowledgementWriter() {
    }

    /** One set's answer: {@code setErrorCode} null for accepted, else IK502 with the errors for IK3/IK4. */
    record SetAnswer(Segment st, String setErrorCode, List<SetError> errors) {

        SetAnswer {
            errors = List.copyOf(errors);
        }

        boolean accepted() {
            return setErrorCode == null;
        }
    }

    static String write(InterchangeParties parties, long controlNumber, ZonedDateTime at, Segment gs,
            List<SetAnswer> sets, String groupErrorCode) {
        X12Output out = new X12Output(parties, controlNumber, at, "FA", "999", IMPLEMENTATION);
        out.segment("AK1", gs.element(1), gs.element(6), gs.element(8));
        for (SetAnswer set : sets) {
            out.segment("AK2", set.st().element(1), set.st().element(2), set.st().element(3));
            set.errors().stream().limit(MAX_ERRORS_PER_SET).forEach(error -> {
                out.segment("IK3", error.segmentId(), Integer.toString(error.position()), error.loop(),
                        error.segmentCode());
                if (error.element() > 0) {
                    String position = error.component() > 0
                            ? X12Output.composite(Integer.toString(error.element()),
                                    Integer.toString(error.component()))
                            : Integer.toString(error.element());
                    out.segment("IK4", position, error.elementReference(), error.elementCode());
                }
            });
            if (set.accepted()) {
                out.segment("IK5", "A");
            } else {
                out.segment("IK5", "R", set.setErrorCode());
            }
        }
        long accepted = groupErrorCode != null ? 0 : sets.stream().filter(SetAnswer::accepted).count();
        String status = accepted == sets.size() ? "A" : accepted == 0 ? "R" : "P";
        String received = Integer.toString(sets.size());
        out.segment("AK9", status, received, received, Long.toString(accepted), groupErrorCode);
        return out.finish();
    }
}
