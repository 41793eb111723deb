package io.claimline.patient.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of an erasure: why the patient's PHI is destroyed (a code, see ErasureReasons). */
public record ErasureRequest(
        @Schema(example = "patient_request",
                allowableValues = {"patient_request", "registered_in_error", "duplicate_record", "legal_order"})
        @NotBlank String reason) {
}
