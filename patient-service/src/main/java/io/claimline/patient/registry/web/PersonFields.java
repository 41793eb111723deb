package io.claimline.patient.registry.web;

import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.platform.kernel.EmailAddress;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.PhoneNumber;
import java.time.LocalDate;

/** The fields a person's demographics arrive in, in any body that carries them, and their parsing. */
public interface PersonFields {

    String givenName();

    String middleName();

    String familyName();

    String preferredName();

    LocalDate dateOfBirth();

    String sex();

    AddressRequest address();

    String phone();

    String email();

    String preferredContactMethod();

    String language();

    /** The demographics, or null parts after recording into {@code fields} what is wrong with them. */
    default PersonDetails toDetails(Fields fields) {
        return new PersonDetails(givenName(), middleName(), familyName(), preferredName(), dateOfBirth(),
                fields.optional("sex", sex(), PersonRequest::sex),
                address() == null ? null : address().toAddress(fields, "address"),
                fields.optional("phone", phone(), PhoneNumber::of),
                fields.optional("email", email(), EmailAddress::of),
                fields.optional("preferredContactMethod", preferredContactMethod(), PersonRequest::contactMethod),
                language());
    }
}
