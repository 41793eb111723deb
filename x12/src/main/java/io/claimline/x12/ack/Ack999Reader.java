package io.claimline.x12.ack;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.Segment;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12Reader;
import io.claimline.x12.X12RejectedException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a 999 implementation acknowledgement (005010X231A1). The whole interchange is validated against the 999
 * schema first (envelope, counts, control numbers, loops, usage, code values); then the acknowledgement's own
 * consistency: AK9's counts (accepted at most received, received at most included), no more AK2s than sets
 * received, each AK202 once, an IK501 of A with no IK3, and any other IK501 with at least one IK502 reason. Any
 * error rejects the file with every error found and nothing is returned, so nothing is applied from a bad 999.
 */
public final class Ack999Reader {

    private final ReadLimits limits;

    public Ack999Reader() {
        this(ReadLimits.DEFAULT);
    }

    public Ack999Reader(ReadLimits limits) {
        this.limits = limits;
    }

    public FunctionalGroupAcknowledgement read(String interchange) {
        return interpret(X12Reader.read(interchange, AckGuides.ACK_999, limits));
    }

    public FunctionalGroupAcknowledgement read(InputStream interchange) {
        return interpret(X12Reader.read(interchange, AckGuides.ACK_999, limits));
    }

    private static FunctionalGroupAcknowledgement interpret(List<Segment> segments) {
        return new Interpretation().run(segments);
    }

    private static final class Interpretation {
        private final List<X12Error> errors = new ArrayList<>();
        private final List<TransactionSetAcknowledgement> sets = new ArrayList<>();
        private final Set<String> controlNumbers = new HashSet<>();
        private Segment ak1;
        private Segment ak9;
        private Segment ak2;
        private List<SegmentError> segmentErrors;
        private Segment ik3;
        private List<ElementError> elementErrors;
        private int rejectedSets;

        FunctionalGroupAcknowledgement run(List<Segment> segments) {
            for (Segment segment : segments) {
                switch (segment.id()) {
                    case "AK1" -> ak1 = segment;
                    case "AK2" -> {
                        ak2 = segment;
                        segmentErrors = new ArrayList<>();
                        if (!controlNumbers.add(segment.value(2))) {
                            errors.add(new X12Error(segment.position(), "AK2", 2,
                                    "transaction set control number acknowledged more than once"));
                        }
                    }
                    case "IK3" -> {
                        closeSegmentError();
                        ik3 = segment;
                        elementErrors = new ArrayList<>();
                    }
                    case "IK4" -> elementErrors.add(elementError(segment));
                    case "IK5" -> {
                        closeSegmentError();
                        sets.add(transactionSet(segment));
                    }
                    case "AK9" -> ak9 = segment;
                    default -> {
                        // envelope and CTX: the context names fields of our own file; positions suffice
                    }
                }
            }
            int included = Integer.parseInt(ak9.value(2));
            int received = Integer.parseInt(ak9.value(3));
            int accepted = Integer.parseInt(ak9.value(4));
            if (accepted > received) {
                errors.add(new X12Error(ak9.position(), "AK9", 4, "more transaction sets accepted than received"));
            }
            if (received > included) {
                errors.add(new X12Error(ak9.position(), "AK9", 3, "more transaction sets received than included"));
            }
            if (sets.size() > received) {
                errors.add(new X12Error(ak9.position(), "AK9", 3,
                        "more transaction sets acknowledged (AK2) than received"));
            } else if (rejectedSets > received - accepted) {
                errors.add(new X12Error(ak9.position(), "AK9", 4,
                        "more transaction sets rejected (IK5) than the counts allow"));
            }
            if (!errors.isEmpty()) {
                throw new X12RejectedException(errors);
            }
            return new FunctionalGroupAcknowledgement(ak1.value(2),
                    FunctionalGroupAcknowledgement.GroupStatus.ofCode(ak9.value(1)), sets, received, accepted);
        }

        private void closeSegmentError() {
            if (ik3 != null) {
                String code = ik3.value(4);
                // IK302 may have ten digits; a position past any file we could have sent is an error, not a crash
                long position = Long.parseLong(ik3.value(2));
                if (position > Integer.MAX_VALUE) {
                    errors.add(new X12Error(ik3.position(), "IK3", 2, "segment position out of range"));
                    position = 0;
                }
                segmentErrors.add(new SegmentError(ik3.value(1), (int) position, ik3.value(3), code,
                        AckCodes.segmentError(code), elementErrors));
                ik3 = null;
            }
        }

        private static ElementError elementError(Segment ik4) {
            String component = ik4.component(1, 2);
            String code = ik4.value(3);
            return new ElementError(Integer.parseInt(ik4.component(1, 1)),
                    component.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(component)),
                    ik4.value(2), code, AckCodes.elementError(code));
        }

        private TransactionSetAcknowledgement transactionSet(Segment ik5) {
            TransactionSetAcknowledgement.Status status = TransactionSetAcknowledgement.Status.ofCode(ik5.value(1));
            List<String> codes = new ArrayList<>();
            for (int element = 2; element <= 6; element++) {
                if (!ik5.value(element).isEmpty()) {
                    codes.add(ik5.value(element));
                }
            }
            if (status == TransactionSetAcknowledgement.Status.ACCEPTED && !segmentErrors.isEmpty()) {
                errors.add(new X12Error(ik5.position(), "IK5", 1,
                        "a transaction set accepted without errors (A) lists segment errors"));
            }
            if (status != TransactionSetAcknowledgement.Status.ACCEPTED && codes.isEmpty()) {
                errors.add(new X12Error(ik5.position(), "IK5", 2,
                        "a transaction set not plainly accepted must give a syntax error code"));
            }
            if (!status.accepted()) {
                rejectedSets++;
            }
            return new TransactionSetAcknowledgement(ak2.value(2), status, codes, segmentErrors);
        }
    }
}
