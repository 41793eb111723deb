package io.claimline.claims.patientcopy.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A coverage as claims keeps it, without its sealed values: the member id and the subscriber stay sealed and are
 * opened only for a claim ({@code .../coverages/{coverageId}/subscriber}). {@code subscriberOnFile} is false when
 * the patient is the subscriber (relationship SELF).
 */
public record ClaimCoverage(
        @Schema(example = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d") String coverageId,
        @Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId,
        @Schema(example = "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e") String payerId,
        @Schema(example = "GOLD PPO") String planName,
        @Schema(example = "GRP-55012") String groupNumber,
        @Schema(example = "CHILD") String relationship,
        boolean subscriberOnFile,
        @Schema(example = "PRIMARY") String priority,
        LocalDate effectiveDate,
        LocalDate terminationDate,
        boolean ended,
        long lastSequence) {
}
