package io.claimline.claims.patientcopy.web;

import java.util.Map;

/**
 * A patient's name and date of birth as a claim carries them (837P loop 2010BA/2010CA: NM1 and DMG), opened
 * through the PHI vault for claim submission. {@code outcomes} says per field whether it was opened or erased;
 * an erased field is null.
 */
public record ClaimDemographics(String patientId, String givenName, String familyName, String dateOfBirth,
        Map<String, String> outcomes) {

    @Override
    public String toString() {
        return "ClaimDemographics[patientId=" + patientId + ", outcomes=" + outcomes + "]"; // never the PHI
    }
}
