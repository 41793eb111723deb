package io.claimline.simulator.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an X12 interchange into segments with StAEDI (delimiters from the ISA, the envelope's control structure
 * validated by StAEDI's own envelope dictionary). It knows no transaction set: each reader of a transaction checks
 * its structure with its own code. A payload larger than {@code maxSegments} is refused before it is read to the end.
 */
public final class X12Reader {

    private static final EDIInputFactory FACTORY = factory();

    private final int maxSegments;

    public X12Reader(int maxSegments) {
        this.maxSegments = maxSegments;
    }

    public X12Reading read(String payload) throws UnreadableX12Exception {
        List<Segment> segments = new ArrayList<>();
        List<X12Problem> problems = new ArrayList<>();
        int inInterchange = 0;
        int inSet = 0;
        String tag = null;
        List<List<String>> elements = null;
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(
                new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        inInterchange++;
                        if (inInterchange > maxSegments) {
                            throw new UnreadableX12Exception("more than " + maxSegments + " segments",
                                    inInterchange);
                        }
                        tag = reader.getText();
                        elements = new ArrayList<>();
                        if ("ST".equals(tag)) {
                            inSet = 1;
                        } else if (inSet > 0) {
                            inSet++;
                        }
                    }
                    case ELEMENT_DATA -> {
                        if (elements != null) {
                            put(elements, reader.getLocation(), reader.getText());
                        }
                    }
                    case END_SEGMENT -> {
                        if (tag != null && elements != null) {
                            segments.add(new Segment(tag, inSet, elements));
                        }
                        if ("SE".equals(tag)) {
                            inSet = 0;
                        }
                        tag = null;
                        elements = null;
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        problems.add(problem(reader, inSet, event));
                    }
                    default -> {
                        // interchange, group, set, loop and composite boundaries: the segments say it all
                    }
                }
            }
        } catch (EDIStreamException | RuntimeException e) {
            // StAEDI's message quotes the offending text, which may be PHI: only the position leaves this class.
            throw new UnreadableX12Exception("not a readable X12 interchange", Math.max(inInterchange, 1));
        } catch (IOException e) {
            throw new UnreadableX12Exception("not a readable X12 interchange", Math.max(inInterchange, 1));
        }
        if (segments.isEmpty() || !segments.get(0).tag().equals("ISA")) {
            throw new UnreadableX12Exception("the interchange does not start with ISA", 1);
        }
        if (!segments.get(segments.size() - 1).tag().equals("IEA")) {
            throw new UnreadableX12Exception("the interchange does not end with IEA", segments.size());
        }
        return new X12Reading(segments, problems);
    }

    private static void put(List<List<String>> elements, Location location, String text) {
        int element = location.getElementPosition();
        if (element < 1 || location.getElementOccurrence() > 1) {
            return; // repetitions beyond the first carry nothing this simulator answers on
        }
        while (elements.size() < element) {
            elements.add(new ArrayList<>());
        }
        List<String> components = elements.get(element - 1);
        int component = Math.max(location.getComponentPosition(), 1);
        while (components.size() < component) {
            components.add("");
        }
        components.set(component - 1, text == null ? "" : text);
    }

    private static X12Problem problem(EDIStreamReader reader, int inSet, EDIStreamEvent event) {
        Location location = reader.getLocation();
        String segment = location.getSegmentTag() == null ? "?" : location.getSegmentTag();
        String reason = reader.getErrorType().name().toLowerCase().replace('_', ' ');
        if (event == EDIStreamEvent.SEGMENT_ERROR) {
            return X12Problem.segment(segment, inSet, null, X12Problem.UNEXPECTED_SEGMENT, reason);
        }
        String code = switch (reader.getErrorType()) {
            case REQUIRED_DATA_ELEMENT_MISSING -> X12Problem.MANDATORY_ELEMENT_MISSING;
            case DATA_ELEMENT_TOO_SHORT -> X12Problem.TOO_SHORT;
            case DATA_ELEMENT_TOO_LONG -> X12Problem.TOO_LONG;
            case INVALID_CHARACTER_DATA -> X12Problem.INVALID_CHARACTER;
            case INVALID_DATE -> X12Problem.INVALID_DATE;
            case TOO_MANY_DATA_ELEMENTS -> X12Problem.TOO_MANY_ELEMENTS;
            default -> X12Problem.INVALID_CODE_VALUE;
        };
        return new X12Problem(segment, inSet, null, X12Problem.SEGMENT_HAS_DATA_ELEMENT_ERRORS,
                Math.max(location.getElementPosition(), 1), Math.max(location.getComponentPosition(), 0), code,
                reason);
    }

    private static EDIInputFactory factory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        // Line breaks after segment terminators are common in files people write by hand.
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        return factory;
    }
}
