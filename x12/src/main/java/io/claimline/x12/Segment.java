package io.claimline.x12;

import java.util.List;

/**
 * One segment as read from a validated interchange.
 *
 * @param position 1-based position within the interchange (ISA is 1)
 * @param id       the segment tag
 * @param loop     the implementation-guide loop the segment belongs to (e.g. {@code 2110C}), or null outside loops
 * @param elements per element (index 0 is element 1): its repetitions, each a list of components
 */
public record Segment(int position, String id, String loop, List<List<List<String>>> elements) {

    public Segment {
        elements = elements.stream().map(e -> e.stream().map(List::copyOf).toList()).toList();
    }

    /** The element's value (its first repetition's first component), or "" when absent. */
    public String value(int elementPosition) {
        return component(elementPosition, 1);
    }

    /** A component of the element's first repetition, or "" when absent. */
    public String component(int elementPosition, int componentPosition) {
        if (elementPosition < 1 || elementPosition > elements.size()) {
            return "";
        }
        List<List<String>> repetitions = elements.get(elementPosition - 1);
        if (repetitions.isEmpty() || repetitions.get(0).size() < componentPosition) {
            return "";
        }
        return repetitions.get(0).get(componentPosition - 1);
    }

    /** The first component of every repetition of an element (e.g. the service type codes of EB03). */
    public List<String> repetitions(int elementPosition) {
        if (elementPosition < 1 || elementPosition > elements.size()) {
            return List.of();
        }
        return elements.get(elementPosition - 1).stream()
                .map(components -> components.isEmpty() ? "" : components.get(0))
                .filter(value -> !value.isEmpty())
                .toList();
    }

    public boolean is(String segmentId, int elementPosition, String value) {
        return id.equals(segmentId) && value(elementPosition).equals(value);
    }

    /** Positions and ids only: element values are PHI and must not reach logs through a toString. */
    @Override
    public String toString() {
        return "Segment[" + position + " " + id + (loop == null ? "" : " in " + loop) + "]";
    }
}
