package io.claimline.x12.eligibility;

import io.claimline.x12.X12Text;
import java.time.LocalDate;
import java.util.Objects;

/** The subscriber (loop 2100C): the insured member, identified by the payer's member id. */
public record Person(String lastName, String firstName, String memberId, LocalDate dateOfBirth, Sex sex) {

    public Person {
        X12Text.requireText("subscriber.lastName", lastName, 60);
        X12Text.requireText("subscriber.firstName", firstName, 35);
        X12Text.requireIdentifier("subscriber.memberId", memberId, 2, 80);
        Objects.requireNonNull(dateOfBirth, "subscriber.dateOfBirth");
        Objects.requireNonNull(sex, "subscriber.sex");
    }

    /** No names, ids or dates: they are PHI. */
    @Override
    public String toString() {
        return "Person[redacted]";
    }
}
