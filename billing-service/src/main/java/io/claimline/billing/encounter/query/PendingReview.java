package io.claimline.billing.encounter.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** One encounter waiting for its rendering provider, with how long it has waited. */
public record PendingReview(
        @Schema(example = "5b0f7a3e-9c2d-4e1f-8a6b-3d4c5e6f7a8b") String encounterId,
        @Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId,
        @Schema(example = "1234567893") String renderingNpi,
        LocalDate serviceFrom,
        Instant recordedAt,
        @Schema(description = "ISO-8601 duration since it was recorded", example = "PT26H15M") Duration age,
        long ageDays,
        long version) {
}
