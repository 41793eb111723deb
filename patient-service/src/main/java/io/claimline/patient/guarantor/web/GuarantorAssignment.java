package io.claimline.patient.guarantor.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * Who is financially responsible for a patient: SELF (no id), another PATIENT of the clinic (their patient id),
 * or a PERSON registered as a guarantor (their guarantor id).
 */
public record GuarantorAssignment(
        @Schema(example = "SELF", allowableValues = {"SELF", "PATIENT", "PERSON"}) String kind,
        @Schema(example = "3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e2d") UUID guarantorId,
        @Schema(example = "mother is responsible for the bills") String reason) {
}
