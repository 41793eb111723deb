package io.claimline.simulator.x12;

import java.util.List;

/**
 * One X12 segment as read: its tag, where it stood, and its elements, each a list of components (a simple element
 * has one). Positions are 1-based; {@code positionInSet} counts from the ST segment (ST = 1), as a 999 reports it,
 * and is 0 outside a transaction set.
 */
public record Segment(String tag, int positionInSet, List<List<String>> elements) {

    public Segment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** The element at {@code position} (1-based), components joined by ':'; "" when absent. */
    public String element(int position) {
        if (position < 1 || position > elements.size()) {
            return "";
        }
        return String.join(":", elements.get(position - 1));
    }

    /** A component (both 1-based) of an element; "" when absent. */
    public String component(int position, int component) {
        if (position < 1 || position > elements.size()) {
            return "";
        }
        List<String> components = elements.get(position - 1);
        return component < 1 || component > components.size() ? "" : components.get(component - 1);
    }

    public boolean is(String tag, int position, String value) {
        return this.tag.equals(tag) && element(position).equals(value);
    }
}
