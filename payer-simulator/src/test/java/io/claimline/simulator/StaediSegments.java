package io.claimline.simulator;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer read back with StAEDI directly (not the simulator's reader), its envelope validated by StAEDI: each
 * segment as its tag followed by its elements (components joined by ':'), and every validation error StAEDI saw.
 */
public record StaediSegments(List<List<String>> segments, List<String> errors) {

    public static StaediSegments read(String x12) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        List<List<String>> segments = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> current = null;
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        current = new ArrayList<>();
                        current.add(reader.getText());
                    }
                    case ELEMENT_DATA -> {
                        int element = reader.getLocation().getElementPosition();
                        int component = reader.getLocation().getComponentPosition();
                        while (current.size() <= element) {
                            current.add("");
                        }
                        current.set(element, component > 1 ? current.get(element) + ":" + reader.getText()
                                : reader.getText());
                    }
                    case END_SEGMENT -> segments.add(current);
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                            errors.add(reader.getLocation().getSegmentTag() + ": " + reader.getErrorType());
                    default -> {
                    }
                }
            }
        }
        return new StaediSegments(segments, errors);
    }

    /** The segments as text, one a line, to compare with an expected answer. */
    public List<String> lines() {
        return segments.stream().map(segment -> {
            int last = segment.size();
            while (last > 1 && segment.get(last - 1).isEmpty()) {
                last--;
            }
            return String.join("*", segment.subList(0, last));
        }).toList();
    }

    public List<String> segment(String tag) {
        return segments.stream().filter(segment -> segment.get(0).equals(tag)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + tag + " segment"));
    }
}
