package io.claimline.patient.registry.web;

import io.claimline.patient.registry.api.ContactMethod;
import io.claimline.patient.registry.api.Sex;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A person's demographics in a request body: a patient's (registration, correction) or a subscriber's. Parsing
 * normalises (E.164 phone, upper-case state, ZIP digits) and reports every problem against its field.
 */
public record PersonRequest(
        @Schema(example = "Ada") String givenName,
        @Schema(example = "King") String middleName,
        @Schema(example = "Lovelace") String familyName,
        @Schema(example = "Ada") String preferredName,
        @Schema(example = "1980-12-10") LocalDate dateOfBirth,
        @Schema(example = "F", allowableValues = {"F", "M", "U"}) String sex,
        AddressRequest address,
        @Schema(example = "(217) 555-0134") String phone,
        @Schema(example = "ada@example.org") String email,
        @Schema(example = "EMAIL", allowableValues = {"PHONE", "SMS", "EMAIL", "MAIL", "PORTAL"})
        String preferredContactMethod,
        @Schema(example = "en") String language) implements PersonFields {

    static Sex sex(String raw) {
        return switch (raw.strip().toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE" -> Sex.F;
            case "M", "MALE" -> Sex.M;
            case "U", "UNKNOWN" -> Sex.U;
            default -> throw new IllegalArgumentException("must be F, M or U");
        };
    }

    static ContactMethod contactMethod(String raw) {
        try {
            return ContactMethod.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of PHONE, SMS, EMAIL, MAIL, PORTAL");
        }
    }

    @Override
    public String toString() {
        return "PersonRequest[redacted]";
    }
}
