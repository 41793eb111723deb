package io.claimline.patient.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Merge this patient (the duplicate) into the surviving one, and why. */
public record MergeRequest(
        @Schema(example = "3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e2d") UUID survivingPatientId,
        @Schema(example = "same person registered twice at two visits") String reason) {
}
