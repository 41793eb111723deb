package io.claimline.x12.claim;

import io.claimline.x12.X12Text;
import io.claimline.x12.eligibility.Sex;
import java.time.LocalDate;
import java.util.Set;

/**
 * Loops 2000C/2010CA: the patient when not the subscriber (a dependent). Leave it out when the patient is the
 * subscriber; SBR02 then says 18 (self).
 *
 * @param relationshipCode PAT01, the patient's relationship to the subscriber: 01 spouse, 19 child, 20 employee,
 *                         21 unknown, 39 organ donor, 40 cadaver donor, 53 life partner, G8 other relationship
 */
public record Patient(String lastName, String firstName, LocalDate dateOfBirth, Sex sex, Address address,
        String relationshipCode) {

    public static final Set<String> RELATIONSHIPS = Set.of("01", "19", "20", "21", "39", "40", "53", "G8");

    public Patient {
        lastName = X12Text.requireText("patient.lastName", lastName, 60);
        firstName = X12Text.requireText("patient.firstName", firstName, 35);
        Checks.required("patient.dateOfBirth", dateOfBirth);
        Checks.required("patient.sex", sex);
        Checks.required("patient.address", address);
        if (!RELATIONSHIPS.contains(relationshipCode)) {
            throw new IllegalArgumentException("patient.relationshipCode is not a code the guide allows");
        }
    }

    /** No names, dates or address: they are PHI. */
    @Override
    public String toString() {
        return "Patient[relationshipCode=" + relationshipCode + "]";
    }
}
