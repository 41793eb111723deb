package io.claimline.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * The envelope names the guide we validate against: GS01, GS08, ST01 and ST03 must all agree with it. With no
 * guide (a control-only interchange such as a TA1) only the ISA version is checked.
 */
final class EnvelopeCheck {

    private EnvelopeCheck() {
    }

    static List<X12Error> check(List<Segment> segments, ImplementationGuide guide) {
        List<X12Error> errors = new ArrayList<>();
        for (Segment segment : segments) {
            switch (segment.id()) {
                case "ISA" -> expect(errors, segment, 12, "00501", "interchange version must be 00501");
                case "GS" -> {
                    if (guide == null) {
                        continue; // reported by the reader: no group belongs in a control-only interchange
                    }
                    expect(errors, segment, 1, guide.functionalIdentifierCode(),
                            "functional group must be " + guide.functionalIdentifierCode());
                    expect(errors, segment, 8, guide.version(), "version must be " + guide.version());
                }
                case "ST" -> {
                    if (guide == null) {
                        continue;
                    }
                    expect(errors, segment, 1, guide.transactionSetId(),
                            "transaction set must be " + guide.transactionSetId());
                    expect(errors, segment, 3, guide.version(),
                            "implementation convention must be " + guide.version());
                }
                default -> {
                    // only the headers name the guide
                }
            }
        }
        return errors;
    }

    private static void expect(List<X12Error> errors, Segment segment, int element, String expected, String reason) {
        if (!segment.value(element).equals(expected)) {
            errors.add(new X12Error(segment.position(), segment.id(), element, reason));
        }
    }
}
