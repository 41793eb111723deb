package io.claimline.patient.patient.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of a registration or a demographics correction. */
public record PatientRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @PastOrPresent LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "PatientRequest[redacted]";
    }
}
