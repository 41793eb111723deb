package io.claimline.x12.ack;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.Segment;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12Reader;
import io.claimline.x12.X12RejectedException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TA1 interchange acknowledgement: its own ISA/IEA envelope holding one TA1 and no functional group.
 * The envelope and the TA1's elements are validated first (StAEDI's X12 control schema: lengths, TA104 and TA105
 * codes, IEA count and control number); then TA1's own rules: exactly one TA1, a real TA102 date, and a note code
 * that agrees with the status (000 for accepted, anything else for rejected or accepted with errors). Any error
 * rejects the file with every error found and nothing is returned.
 */
public final class Ta1Reader {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");

    private final ReadLimits limits;

    public Ta1Reader() {
        this(ReadLimits.DEFAULT);
    }

    public Ta1Reader(ReadLimits limits) {
        this.limits = limits;
    }

    public InterchangeAcknowledgement read(String interchange) {
        return interpret(X12Reader.readInterchangeOnly(interchange, limits));
    }

    public InterchangeAcknowledgement read(InputStream interchange) {
        return interpret(X12Reader.readInterchangeOnly(interchange, limits));
    }

    private static InterchangeAcknowledgement interpret(List<Segment> segments) {
        List<Segment> ta1s = segments.stream().filter(segment -> segment.id().equals("TA1")).toList();
        List<X12Error> errors = new ArrayList<>();
        if (ta1s.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            throw new X12RejectedException(List.of(
                    new X12Error(last.position(), "TA1", null, "no TA1 in the interchange")));
        }
        if (ta1s.size() > 1) {
            errors.add(new X12Error(ta1s.get(1).position(), "TA1", null,
                    "more than one TA1 in the interchange; one acknowledgement per file is read"));
        }
        Segment ta1 = ta1s.get(0);
        LocalDate date = null;
        try {
            date = LocalDate.parse(ta1.value(2), YYMMDD);
        } catch (DateTimeParseException e) {
            errors.add(new X12Error(ta1.position(), "TA1", 2, "invalid date"));
        }
        InterchangeAcknowledgement.Status status = InterchangeAcknowledgement.Status.ofCode(ta1.value(4));
        String note = ta1.value(5);
        if (status == InterchangeAcknowledgement.Status.ACCEPTED && !note.equals("000")) {
            errors.add(new X12Error(ta1.position(), "TA1", 5, "an accepted interchange must have note code 000"));
        } else if (status != InterchangeAcknowledgement.Status.ACCEPTED && note.equals("000")) {
            errors.add(new X12Error(ta1.position(), "TA1", 5,
                    "a rejected or errored interchange must have a note code other than 000"));
        }
        if (!errors.isEmpty()) {
            throw new X12RejectedException(errors);
        }
        return new InterchangeAcknowledgement(ta1.value(1), date, status, note, InterchangeNoteCodes.describe(note));
    }
}
