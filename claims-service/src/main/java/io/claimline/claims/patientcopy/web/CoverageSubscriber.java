package io.claimline.claims.patientcopy.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * A coverage's subscriber as a claim prints them (837P loop 2010BA: NM1 with the member id, N3/N4, DMG), opened
 * through the PHI vault for claim submission. When the relationship is SELF the subscriber is the patient.
 * {@code outcomes} says per field whether it was opened or erased; an erased or unknown field is null.
 */
public record CoverageSubscriber(String patientId, String coverageId, String relationship, String memberId,
        String givenName, String familyName, String dateOfBirth, String sex, Address address,
        Map<String, String> outcomes) {

    /** A postal address as the vault opens it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String line1, String line2, String city, String state, String postalCode) {

        @Override
        public String toString() {
            return "Address[…]"; // never the PHI
        }
    }

    @Override
    public String toString() {
        return "CoverageSubscriber[patientId=" + patientId + ", coverageId=" + coverageId + ", outcomes=" + outcomes
                + "]"; // never the PHI
    }
}
