package io.claimline.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads one interchange holding one transaction set and validates it completely before anyone looks at its
 * content: the envelope (StAEDI's X12 control schema: structure, control numbers, counts), the transaction set
 * against the guide's implementation schema (structure, usage, repeats, codes), the guide's identity in GS/ST,
 * and the HL hierarchy. Any error rejects the whole interchange with every error found; nothing is returned
 * partially.
 */
public final class X12Reader {

    private X12Reader() {
    }

    public static List<Segment> read(String interchange, ImplementationGuide guide, ReadLimits limits) {
        byte[] bytes = interchange.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        return read(bytes, guide, limits);
    }

    public static List<Segment> read(InputStream in, ImplementationGuide guide, ReadLimits limits) {
        return read(readCapped(in, limits), guide, limits);
    }

    /**
     * Reads one interchange that carries interchange control segments only (a TA1 acknowledgement: ISA, TA1,
     * IEA, no functional group), validated against StAEDI's X12 control schema (structure, TA1 codes, counts,
     * control numbers) and the 00501 version. A functional group in it rejects the interchange.
     */
    public static List<Segment> readInterchangeOnly(String interchange, ReadLimits limits) {
        byte[] bytes = interchange.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        return read(bytes, null, limits);
    }

    public static List<Segment> readInterchangeOnly(InputStream in, ReadLimits limits) {
        return read(readCapped(in, limits), null, limits);
    }

    /**
     * Reads one interchange validating its envelope only (StAEDI's X12 control schema: ISA/GS/ST/SE/GE/IEA structure,
     * control numbers, counts, the 00501 version), not the content of its transaction sets: enough to tell what a
     * file is ({@link X12FileKind}) before the reader for that kind validates it completely.
     */
    public static List<Segment> readEnvelope(String interchange, ReadLimits limits) {
        byte[] bytes = interchange.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        return readEnvelope(bytes, limits);
    }

    public static List<Segment> readEnvelope(InputStream in, ReadLimits limits) {
        return readEnvelope(readCapped(in, limits), limits);
    }

    private static List<Segment> readEnvelope(byte[] bytes, ReadLimits limits) {
        Parse parse = new Parse(null, limits, true);
        parse.run(bytes);
        List<X12Error> errors = new ArrayList<>(parse.errors);
        if (!parse.stopped) {
            errors.addAll(EnvelopeCheck.check(parse.segments, null));
        }
        if (!errors.isEmpty()) {
            throw new X12RejectedException(errors.stream().distinct().toList());
        }
        return List.copyOf(parse.segments);
    }

    private static List<Segment> read(byte[] bytes, ImplementationGuide guide, ReadLimits limits) {
        Parse parse = new Parse(guide, limits, false);
        parse.run(bytes);
        List<X12Error> errors = new ArrayList<>(parse.errors);
        if (!parse.stopped) {
            errors.addAll(EnvelopeCheck.check(parse.segments, guide));
            if (guide != null) {
                errors.addAll(HierarchyCheck.check(parse.segments, guide.parentLevels()));
            }
        }
        if (!errors.isEmpty()) {
            // StAEDI may report one missing segment from two places; one line per distinct error is enough
            throw new X12RejectedException(errors.stream().distinct().toList());
        }
        return List.copyOf(parse.segments);
    }

    private static byte[] readCapped(InputStream in, ReadLimits limits) {
        try {
            // One byte past the cap tells "exactly at the cap" from "over it" without reading the whole stream.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw tooLarge(limits);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X12RejectedException tooLarge(ReadLimits limits) {
        return new X12RejectedException(List.of(new X12Error(0, null, null,
                "input is larger than the limit of " + limits.maxBytes() + " bytes")));
    }

    /** One pass over StAEDI's event stream, collecting segments and validation errors. */
    private static final class Parse {
        private final ImplementationGuide guide; // null: interchange control segments only (TA1), or envelope only
        private final ReadLimits limits;
        private final boolean envelopeOnly; // any groups and sets; their content is not validated
        private final List<Segment> segments = new ArrayList<>();
        private final List<X12Error> errors = new ArrayList<>();
        private final Deque<String> loops = new ArrayDeque<>();
        private SegmentBuilder current;
        private int lastPosition;
        private int interchanges;
        private int transactions;
        private boolean stopped;

        Parse(ImplementationGuide guide, ReadLimits limits, boolean envelopeOnly) {
            this.guide = guide;
            this.limits = limits;
            this.envelopeOnly = envelopeOnly;
        }

        void run(byte[] bytes) {
            EDIInputFactory factory = EDIInputFactory.newFactory();
            factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
            factory.setProperty(EDIInputFactory.EDI_NEST_HIERARCHICAL_LOOPS, false);
            try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes))) {
                while (!stopped && reader.hasNext()) {
                    handle(reader, reader.next());
                }
                if (!stopped && interchanges == 0) {
                    stop("no X12 interchange found");
                } else if (!stopped && transactions == 0 && guide != null) {
                    errors.add(new X12Error(lastPosition, "ST", null, "no transaction set in the interchange"));
                }
            } catch (EDIStreamException | IOException e) {
                stop("the input is not a readable X12 interchange (broken or truncated)");
            } catch (RuntimeException e) {
                // StAEDI signals some malformed input (bad delimiters, stray bytes) with unchecked exceptions;
                // whatever the cause, for the caller this is input we cannot read, never a crash.
                stop("the input is not a readable X12 interchange (broken or truncated)");
            }
        }

        private void handle(EDIStreamReader reader, EDIStreamEvent event) throws EDIStreamException {
            switch (event) {
                case START_INTERCHANGE -> {
                    if (++interchanges > 1) {
                        stop("more than one interchange in the input");
                    }
                }
                case START_GROUP -> {
                    if (guide == null && !envelopeOnly) {
                        // announced before its GS segment starts: GS is the next segment
                        lastPosition++;
                        stop("a functional group where only interchange control segments are expected");
                    }
                }
                case START_TRANSACTION -> {
                    if (envelopeOnly) {
                        transactions++;
                    } else if (guide == null) {
                        stop("a transaction set where only interchange control segments are expected");
                    } else if (++transactions > 1) {
                        stop("more than one transaction set in the interchange");
                    } else {
                        reader.setTransactionSchema(guide.schema());
                    }
                }
                case START_LOOP -> loops.push(String.valueOf(reader.getReferenceCode()));
                case END_LOOP -> loops.poll();
                case START_SEGMENT -> {
                    lastPosition = reader.getLocation().getSegmentPosition();
                    if (lastPosition > limits.maxSegments()) {
                        stop("more than " + limits.maxSegments() + " segments");
                    } else {
                        current = new SegmentBuilder(lastPosition, reader.getText(), loops.peek());
                    }
                }
                case ELEMENT_DATA -> {
                    if (current != null) {
                        Location location = reader.getLocation();
                        current.add(location.getElementPosition(), location.getElementOccurrence(),
                                location.getComponentPosition(), reader.getText());
                    }
                }
                case END_SEGMENT -> {
                    if (current != null) {
                        segments.add(current.build());
                        current = null;
                    }
                }
                case SEGMENT_ERROR -> {
                    if (reader.getErrorType() == EDIStreamValidationError.IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES) {
                        // getText() names the standard loop; the guide's loop id (e.g. 2100C) says more
                        errors.add(new X12Error(position(reader), null, null,
                                "required loop " + reader.getReferenceCode() + " missing"));
                    } else {
                        errors.add(new X12Error(position(reader), reader.getText(), null,
                                reason(reader.getErrorType())));
                    }
                }
                case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                    Location location = reader.getLocation();
                    int element = location.getElementPosition();
                    // getText() here is the offending value: never copied into the error.
                    errors.add(new X12Error(position(reader), location.getSegmentTag(),
                            element > 0 ? element : null, reason(reader.getErrorType())));
                }
                default -> {
                    // group and transaction boundaries, composites, binary data: nothing to collect
                }
            }
        }

        private int position(EDIStreamReader reader) {
            int position = reader.getLocation().getSegmentPosition();
            return position > 0 ? position : lastPosition;
        }

        private void stop(String reason) {
            stopped = true;
            errors.add(new X12Error(lastPosition, null, null, reason));
        }
    }

    /** Collects one segment's elements as repetitions of components, in the positions StAEDI reports. */
    private static final class SegmentBuilder {
        private final int position;
        private final String id;
        private final String loop;
        private final List<List<List<String>>> elements = new ArrayList<>();

        SegmentBuilder(int position, String id, String loop) {
            this.position = position;
            this.id = id;
            this.loop = loop;
        }

        void add(int elementPosition, int occurrence, int componentPosition, String text) {
            if (elementPosition < 1) {
                return;
            }
            while (elements.size() < elementPosition) {
                elements.add(new ArrayList<>());
            }
            List<List<String>> repetitions = elements.get(elementPosition - 1);
            int repetition = Math.max(occurrence, 1);
            while (repetitions.size() < repetition) {
                repetitions.add(new ArrayList<>());
            }
            List<String> components = repetitions.get(repetition - 1);
            int component = Math.max(componentPosition, 1);
            while (components.size() < component - 1) {
                components.add("");
            }
            if (components.size() == component - 1) {
                components.add(text);
            } else {
                components.set(component - 1, text);
            }
        }

        Segment build() {
            return new Segment(position, id, loop, elements);
        }
    }

    static String reason(EDIStreamValidationError error) {
        if (error == null) {
            return "invalid";
        }
        return switch (error) {
            case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, UNRECOGNIZED_SEGMENT_ID ->
                    "segment not expected here by the implementation guide";
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> "segment out of order";
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE ->
                    "required segment missing";
            case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES -> "required loop missing";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "loop repeats more often than allowed";
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> "segment repeats more often than allowed";
            case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT -> "segment not used by the implementation guide";
            case REQUIRED_DATA_ELEMENT_MISSING -> "required element missing";
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> "element required together with another is missing";
            case EXCLUSION_CONDITION_VIOLATED -> "element excluded by another element is present";
            case TOO_MANY_DATA_ELEMENTS -> "more elements than the segment defines";
            case TOO_MANY_REPETITIONS -> "element repeats more often than allowed";
            case TOO_MANY_COMPONENTS -> "more components than the composite defines";
            case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT -> "element not used by the implementation guide";
            case IMPLEMENTATION_TOO_FEW_REPETITIONS -> "element repeats fewer times than required";
            case DATA_ELEMENT_TOO_SHORT -> "element value too short";
            case DATA_ELEMENT_TOO_LONG -> "element value too long";
            case INVALID_CHARACTER_DATA -> "element value has characters not allowed for its type";
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE ->
                    "code value not allowed by the implementation guide";
            case INVALID_DATE -> "invalid date";
            case INVALID_TIME -> "invalid time";
            case CONTROL_REFERENCE_MISMATCH -> "control number does not match its header";
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "control count does not match the actual count";
            default -> "does not conform (" + error.name().toLowerCase().replace('_', ' ') + ")";
        };
    }
}
