package io.claimline.patient.registry.api;

import io.claimline.platform.kernel.EmailAddress;
import io.claimline.platform.kernel.PhoneNumber;
import io.claimline.platform.kernel.UsAddress;
import java.time.LocalDate;

/**
 * A person's demographics in the clear, as a command carries them to the aggregate (never stored or published
 * like this: the aggregate seals every field). Values are already normalised by the web layer's parsing; the rules
 * that need today or the whole record live in {@code command.Demographics}.
 *
 * @param language an ISO 639-1 code, e.g. {@code en}, {@code es}
 */
public record PersonDetails(
        String givenName,
        String middleName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        Sex sex,
        UsAddress address,
        PhoneNumber phone,
        EmailAddress email,
        ContactMethod preferredContactMethod,
        String language) {

    /** The three fields the foundation started with; everything else unknown. */
    public static PersonDetails named(String givenName, String familyName, LocalDate dateOfBirth) {
        return new PersonDetails(givenName, null, familyName, null, dateOfBirth, null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "PersonDetails[redacted]";
    }
}
