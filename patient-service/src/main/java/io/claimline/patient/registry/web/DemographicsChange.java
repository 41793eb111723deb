package io.claimline.patient.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Body of a demographics change: the whole corrected set (as at registration), and why. */
public record DemographicsChange(
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
        @Schema(example = "en") String language,
        @Schema(example = "patient moved; new card seen at check-in") String reason)
        implements PersonFields {

    @Override
    public String toString() {
        return "DemographicsChange[redacted]";
    }
}
