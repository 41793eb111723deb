package io.claimline.x12.claim;

import io.claimline.x12.X12Text;

/**
 * Loop 1000A: who sends the file (NM1*41 with the id the clearinghouse gave us, qualifier 46) and whom to call
 * about it (PER*IC ... TE).
 *
 * @param organizationName NM103
 * @param submitterId      NM109, the electronic transmitter id assigned by the receiver (2 to 80 characters)
 * @param contactName      PER02
 * @param phone            PER04, 10 digits
 */
public record Submitter(String organizationName, String submitterId, String contactName, String phone) {

    public Submitter {
        organizationName = X12Text.requireText("submitter.organizationName", organizationName, 60);
        X12Text.requireIdentifier("submitter.submitterId", submitterId, 2, 80);
        contactName = X12Text.requireText("submitter.contactName", contactName, 60);
        Checks.phone("submitter.phone", phone);
    }
}
