package io.claimline.x12;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HL segments must form the guide's tree: HL01 numbers 1, 2, 3... in order, and HL02 points at an earlier HL of the
 * level the guide puts above this one (a subscriber under an information receiver, and so on). StAEDI validates
 * the loops' shapes but not these pointers.
 */
final class HierarchyCheck {

    private HierarchyCheck() {
    }

    static List<X12Error> check(List<Segment> segments, Map<String, String> parentLevels) {
        List<X12Error> errors = new ArrayList<>();
        if (parentLevels.isEmpty()) {
            return errors;
        }
        Map<String, String> levelById = new HashMap<>();
        int expectedId = 1;
        for (Segment hl : segments) {
            if (!hl.id().equals("HL")) {
                continue;
            }
            String id = hl.value(1);
            String parent = hl.value(2);
            String level = hl.value(3);
            if (!id.equals(String.valueOf(expectedId))) {
                errors.add(new X12Error(hl.position(), "HL", 1, "hierarchical ids must be numbered 1, 2, 3... in order"));
            }
            expectedId++;
            String expectedParentLevel = parentLevels.get(level);
            if (expectedParentLevel != null) {
                if (expectedParentLevel.isEmpty()) {
                    if (!parent.isEmpty()) {
                        errors.add(new X12Error(hl.position(), "HL", 2, "top level must not have a parent"));
                    }
                } else if (!expectedParentLevel.equals(levelById.get(parent))) {
                    errors.add(new X12Error(hl.position(), "HL", 2,
                            "parent must be an earlier level " + expectedParentLevel + " HL"));
                }
            }
            levelById.put(id, level);
        }
        return errors;
    }
}
