package io.claimline.patient.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of a registration or a demographics correction. */
public record PatientRequest(
        @Schema(example = "Ada") @NotBlank @Size(max = 100) String givenName,
        @Schema(example = "Lovelace") @NotBlank @Size(max = 100) String familyName,
        @Schema(example = "1980-12-10") @NotNull @PastOrPresent LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "PatientRequest[redacted]";
    }
}
