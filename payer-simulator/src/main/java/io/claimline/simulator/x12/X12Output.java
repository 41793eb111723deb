package io.claimline.simulator.x12;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Writes one interchange with one functional group and one transaction set through StAEDI's writer, with the
 * delimiters {@code * : ^ ~}. It writes the envelope (ISA/GS/ST ... SE/GE/IEA) and counts the set's segments for
 * SE01, so a caller writes only the body. Values taken from a request are cleaned of delimiter characters first:
 * a request written with other delimiters may legitimately contain ours.
 */
public final class X12Output {

    private static final EDIOutputFactory FACTORY = EDIOutputFactory.newFactory();
    /** Joins the components of a {@link #composite} element; never written itself. */
    private static final char COMPONENTS = '\u001F';
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final EDIStreamWriter writer;
    private final InterchangeParties parties;
    private final String interchangeControl;
    private final String groupControl;
    private final String setControl;
    private int setSegments;

    /**
     * Opens the interchange and writes ISA, GS and ST. {@code controlNumber} numbers the interchange and the group;
     * the set is always 0001 (one set per interchange).
     */
    public X12Output(InterchangeParties parties, long controlNumber, ZonedDateTime at, String functionalId,
            String setId, String implementation) {
        this.parties = parties;
        this.interchangeControl = String.format("%09d", controlNumber % 1_000_000_000L);
        this.groupControl = Long.toString(controlNumber % 1_000_000_000L);
        this.setControl = "0001";
        try {
            this.writer = FACTORY.createEDIStreamWriter(bytes, StandardCharsets.UTF_8.name());
            writer.startInterchange();
            raw("ISA", "00", "          ", "00", "          ", parties.senderQualifier(),
                    pad(parties.senderId(), 15), parties.receiverQualifier(), pad(parties.receiverId(), 15),
                    at.format(YYMMDD), at.format(HHMM), "^", "00501", interchangeControl, "0", parties.usage(), ":");
            raw("GS", functionalId, parties.groupSender(), parties.groupReceiver(), at.format(CCYYMMDD),
                    at.format(HHMM), groupControl, "X", implementation);
            segment("ST", setId, setControl, implementation);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("could not start the interchange", e);
        }
    }

    /** One segment of the transaction set; trailing empty elements are dropped. */
    public X12Output segment(String tag, String... elements) {
        setSegments++;
        raw(tag, elements);
        return this;
    }

    /** Closes the set, the group and the interchange, and returns the text. */
    public String finish() {
        segment("SE", Integer.toString(setSegments + 1), setControl);
        raw("GE", "1", groupControl);
        raw("IEA", "1", interchangeControl);
        try {
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("could not end the interchange", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public String interchangeControl() {
        return interchangeControl;
    }

    private void raw(String tag, String... elements) {
        int last = elements.length;
        while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty())) {
            last--;
        }
        try {
            writer.writeStartSegment(tag);
            for (String element : Arrays.copyOf(elements, last)) {
                if (element == null || element.isEmpty()) {
                    writer.writeEmptyElement();
                } else if (element.indexOf(COMPONENTS) >= 0) {
                    writer.writeStartElement();
                    for (String component : element.split(String.valueOf(COMPONENTS), -1)) {
                        writer.writeComponent(clean(component));
                    }
                    writer.endElement();
                } else if (tag.equals("ISA")) {
                    writer.writeElement(element);
                } else {
                    writer.writeElement(clean(element));
                }
            }
            writer.writeEndSegment();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("could not write segment " + tag, e);
        }
    }

    /**
     * A composite element (e.g. STC01 {@code A1:20}, IK401 {@code 2:1}) for {@link #segment}: each component is
     * cleaned of delimiters and written with the component separator.
     */
    public static String composite(String... components) {
        return String.join(String.valueOf(COMPONENTS), components);
    }

    /** Delimiters of this output never appear inside a value. */
    public static String clean(String value) {
        return value == null ? "" : value.replaceAll("[*:^~\\r\\n\\u001F]", " ").strip();
    }

    private static String pad(String value, int length) {
        String cleaned = clean(value);
        return cleaned.length() >= length ? cleaned.substring(0, length) : String.format("%-" + length + "s", cleaned);
    }
}
