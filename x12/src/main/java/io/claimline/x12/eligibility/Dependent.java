package io.claimline.x12.eligibility;

import io.claimline.x12.X12Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The patient when not the subscriber (loop 2100D).
 *
 * @param relationshipCode the patient's relationship to the subscriber as the guide codes it (INS02):
 *                         {@code 01} spouse, {@code 19} child, {@code 34} other adult
 */
public record Dependent(String lastName, String firstName, LocalDate dateOfBirth, Sex sex, String relationshipCode) {

    private static final Set<String> RELATIONSHIPS = Set.of("01", "19", "34");

    public Dependent {
        X12Text.requireText("dependent.lastName", lastName, 60);
        X12Text.requireText("dependent.firstName", firstName, 35);
        Objects.requireNonNull(dateOfBirth, "dependent.dateOfBirth");
        Objects.requireNonNull(sex, "dependent.sex");
        if (!RELATIONSHIPS.contains(relationshipCode)) {
            throw new IllegalArgumentException("dependent.relationshipCode must be 01, 19 or 34");
        }
    }

    /** No names or dates: they are PHI. */
    @Override
    public String toString() {
        return "Dependent[relationshipCode=" + relationshipCode + "]";
    }
}
