package io.claimline.patient.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A search that carries PHI, so it travels in a POST body, never a URL: by family name, given name and date of birth
 * (the family name matched by sound), or by a coverage's member id.
 */
public record PatientSearch(
        @Schema(example = "Lovelace") String familyName,
        @Schema(example = "Ada") String givenName,
        @Schema(example = "1980-12-10") LocalDate dateOfBirth,
        @Schema(example = "XGP123456789") String memberId,
        @Schema(description = "page number, from 0") Integer page,
        @Schema(description = "page size, 1 to 100 (default 20)") Integer size) {

    @Override
    public String toString() {
        return "PatientSearch[redacted]";
    }
}
