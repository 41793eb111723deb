package io.claimline.x12.ack;

import java.util.Objects;
import java.util.Optional;

/**
 * One IK4: an element in error within its IK3 segment. The copy of the bad data (IK404) is deliberately not kept:
 * it is whatever we sent in that element (a name, a member id) and so may be PHI; the position says where.
 *
 * @param position    IK401-1, the element's position in the segment
 * @param component   IK401-2, the component's position in a composite, when given
 * @param reference   IK402, the X12 data element reference number, or "" when not given
 * @param code        IK403 data element syntax error code
 * @param description IK403 in plain English
 */
public record ElementError(int position, Optional<Integer> component, String reference, String code,
        String description) {

    public ElementError {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }
}
