package io.claimline.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes one interchange holding one transaction set: ISA/GS/ST before the body, SE/GE/IEA after it with the
 * counts and control numbers that match. The ISA is fixed width as X12 requires (ids padded to 15, control number
 * to 9 digits). Separators: {@code ~} segment, {@code *} element, {@code :} component, {@code ^} repetition.
 * Values must already follow {@link X12Text}'s rule; this class checks they hold no separator, as a last guard.
 */
public final class X12Writer {

    public static final char SEGMENT = '~';
    public static final char ELEMENT = '*';
    public static final char COMPONENT = ':';
    public static final char REPETITION = '^';

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /** The transaction set's content between ST and SE. */
    @FunctionalInterface
    public interface Body {
        void write(Transaction transaction) throws EDIStreamException;
    }

    /** A composite element's components, e.g. {@code HC:99213}. */
    public record Composite(List<String> components) {
        public Composite(String... components) {
            this(List.of(components));
        }
    }

    /** A repeating element's repetitions, e.g. EQ01 {@code 30^1}. */
    public record Repeated(List<String> values) {
    }

    private static final Schema CONTROL_SCHEMA = controlSchema();

    private X12Writer() {
    }

    private static Schema controlSchema() {
        try {
            return SchemaFactory.newFactory().getControlSchema("X12", new String[] {"00501"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI's X12 00501 control schema is missing", e);
        }
    }

    public static String write(Envelope envelope, ImplementationGuide guide, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(Delimiters.SEGMENT, SEGMENT);
        factory.setProperty(Delimiters.DATA_ELEMENT, ELEMENT);
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, COMPONENT);
        factory.setProperty(Delimiters.REPETITION, REPETITION);
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        try {
            EDIStreamWriter writer = factory.createEDIStreamWriter(out, StandardCharsets.US_ASCII.name());
            Transaction transaction = new Transaction(writer);
            writer.setControlSchema(CONTROL_SCHEMA);
            writer.startInterchange();
            transaction.isa(
                    "00", pad("", 10), "00", pad("", 10),
                    envelope.senderQualifier(), pad(envelope.senderId(), 15),
                    envelope.receiverQualifier(), pad(envelope.receiverId(), 15),
                    envelope.createdAt().format(YYMMDD), envelope.createdAt().format(HHMM),
                    String.valueOf(REPETITION), "00501", String.format("%09d", envelope.interchangeControlNumber()),
                    "0", envelope.usage().code(), String.valueOf(COMPONENT));
            transaction.raw("GS", guide.functionalIdentifierCode(), envelope.applicationSenderCode(),
                    envelope.applicationReceiverCode(), envelope.createdAt().format(CCYYMMDD),
                    envelope.createdAt().format(HHMM), String.valueOf(envelope.groupControlNumber()), "X",
                    guide.version());
            String transactionControlNumber = String.format("%04d", envelope.transactionControlNumber());
            transaction.counted = 0;
            transaction.segment("ST", guide.transactionSetId(), transactionControlNumber, guide.version());
            body.write(transaction);
            transaction.segment("SE", String.valueOf(transaction.counted + 1), transactionControlNumber);
            transaction.raw("GE", "1", String.valueOf(envelope.groupControlNumber()));
            transaction.raw("IEA", "1", String.format("%09d", envelope.interchangeControlNumber()));
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("could not write the interchange", e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static String pad(String value, int width) {
        return String.format("%-" + width + "s", value);
    }

    /** Writes segments between ST and SE, counting them for SE01. */
    public static final class Transaction {
        private final EDIStreamWriter writer;
        private int counted;

        private Transaction(EDIStreamWriter writer) {
            this.writer = writer;
        }

        /**
         * Writes one segment. Each element is a String (null or "" for an empty element), a {@link Composite} or
         * a {@link Repeated}.
         */
        public Transaction segment(String id, Object... elements) throws EDIStreamException {
            raw(id, elements);
            counted++;
            return this;
        }

        /** ISA carries the repetition and component separators themselves (ISA11, ISA16): written unguarded. */
        private void isa(String... elements) throws EDIStreamException {
            writer.writeStartSegment("ISA");
            for (String element : elements) {
                writer.writeElement(element);
            }
            writer.writeEndSegment();
        }

        private void raw(String id, Object... elements) throws EDIStreamException {
            writer.writeStartSegment(id);
            for (Object element : elements) {
                if (element == null) {
                    writer.writeEmptyElement();
                } else if (element instanceof String value) {
                    writer.writeElement(guard(value));
                } else if (element instanceof Composite composite) {
                    writer.writeStartElement();
                    for (String component : composite.components()) {
                        writer.writeComponent(guard(component));
                    }
                    writer.endElement();
                } else if (element instanceof Repeated repeated) {
                    writer.writeStartElement();
                    for (int i = 0; i < repeated.values().size(); i++) {
                        if (i > 0) {
                            writer.writeRepeatElement();
                        }
                        writer.writeElementData(guard(repeated.values().get(i)));
                    }
                    writer.endElement();
                } else {
                    throw new IllegalArgumentException("unsupported element type " + element.getClass());
                }
            }
            writer.writeEndSegment();
        }

        private static String guard(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == SEGMENT || c == ELEMENT || c == COMPONENT || c == REPETITION || c < 0x20 || c > 0x7e) {
                    throw new IllegalArgumentException("a value contains a separator or a character outside ASCII");
                }
            }
            return value;
        }
    }
}
