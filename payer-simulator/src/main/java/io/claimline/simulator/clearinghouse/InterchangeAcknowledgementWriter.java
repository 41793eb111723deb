package io.claimline.simulator.clearinghouse;

import io.claimline.simulator.x12.InterchangeParties;
import io.claimline.simulator.x12.Segment;
import io.claimline.simulator.x12.X12Output;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a TA1 interchange acknowledgement: an interchange of its own (ISA, TA1, IEA with 0 groups), as the x12
 * control standard has it. TA101-TA103 echo the acknowledged ISA13, ISA09 and ISA10; TA104 is A or R; TA105 the
 * note code (000 when accepted).
 */
final class InterchangeAcknowledgementWriter {

    private static final EDIOutputFactory FACTORY = EDIOutputFactory.newFactory();
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private InterchangeAcknowledgementWriter() {
    }

    static String accepted(InterchangeParties parties, long controlNumber, ZonedDateTime at, Segment isa) {
        return write(parties, controlNumber, at, isa, "A", "000");
    }

    static String rejected(InterchangeParties parties, long controlNumber, ZonedDateTime at, Segment isa,
            String noteCode) {
        return write(parties, controlNumber, at, isa, "R", noteCode);
    }

    private static String write(InterchangeParties parties, long controlNumber, ZonedDateTime at, Segment isa,
            String status, String noteCode) {
        String control = String.format("%09d", controlNumber % 1_000_000_000L);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            EDIStreamWriter writer = FACTORY.createEDIStreamWriter(bytes, StandardCharsets.UTF_8.name());
            writer.startInterchange();
            segment(writer, "ISA", "00", "          ", "00", "          ", parties.senderQualifier(),
                    pad(parties.senderId()), parties.receiverQualifier(), pad(parties.receiverId()),
                    at.format(YYMMDD), at.format(HHMM), "^", "00501", control, "0", parties.usage(), ":");
            segment(writer, "TA1", digits(isa.element(13), 9), digits(isa.element(9), 6), digits(isa.element(10), 4),
                    status, noteCode);
            segment(writer, "IEA", "0", control);
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("could not write the TA1", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void segment(EDIStreamWriter writer, String tag, String... elements) throws EDIStreamException {
        writer.writeStartSegment(tag);
        for (String element : elements) {
            writer.writeElement(element);
        }
        writer.writeEndSegment();
    }

    /** An echoed value of fixed width: a broken ISA still gets a TA1 of the right form. */
    private static String digits(String value, int width) {
        String cleaned = X12Output.clean(value).replaceAll("[^0-9]", "");
        if (cleaned.length() > width) {
            return cleaned.substring(0, width);
        }
        return "0".repeat(width - cleaned.length()) + cleaned;
    }

    private static String pad(String value) {
        String cleaned = X12Output.clean(value);
        return cleaned.length() >= 15 ? cleaned.substring(0, 15) : String.format("%-15s", cleaned);
    }
}
