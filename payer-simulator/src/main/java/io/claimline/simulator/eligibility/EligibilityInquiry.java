package io.claimline.simulator.eligibility;

import io.claimline.simulator.x12.Segment;
import java.time.LocalDate;

/**
 * What the simulator reads from a 270: only what it answers on or echoes. Holds PHI (names, dates of birth, member
 * ids): it is never logged, and its {@code toString} says nothing.
 */
public record EligibilityInquiry(Segment isa, Segment gs, Segment st, String referenceId, Party payer,
        Party receiver, Person subscriber, Person dependent, LocalDate serviceDate) {

    /** An entity of NM1: its code (NM101), type (1 person, 2 organisation), names, identifier and qualifier. */
    public record Party(String code, String entityType, String lastName, String firstName, String idQualifier, String id) {
    }

    /** Subscriber (2000C) or dependent (2000D): the member id is the subscriber's only. */
    public record Person(String lastName, String firstName, String middleName, String memberId, String birthDate,
            String gender, Trace trace) {

        @Override
        public String toString() {
            return "Person[PHI]";
        }
    }

    /** TRN*1 of the inquiry: echoed as TRN*2 in the answer. */
    public record Trace(String number, String originator, String supplemental) {
    }

    public boolean hasDependent() {
        return dependent != null;
    }

    @Override
    public String toString() {
        return "EligibilityInquiry[PHI]";
    }
}
