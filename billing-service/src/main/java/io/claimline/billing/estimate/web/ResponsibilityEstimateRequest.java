package io.claimline.billing.estimate.web;

import io.claimline.platform.kernel.Fields;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an insured patient's responsibility estimate is asked for: a coverage, a date of service, planned lines. */
public record ResponsibilityEstimateRequest(
        @Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId,
        @Schema(example = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d") String coverageId,
        @Schema(example = "2026-03-15") LocalDate dateOfService,
        List<PlannedLineRequest> lines) {

    record Parsed(UUID patientId, UUID coverageId, LocalDate dateOfService, List<PlannedLineRequest.Planned> lines) {
    }

    Parsed parse() {
        Fields fields = new Fields();
        UUID patient = fields.required("patientId", patientId, UUID::fromString);
        UUID coverage = fields.required("coverageId", coverageId, UUID::fromString);
        fields.check("dateOfService", dateOfService != null, "is required");
        List<PlannedLineRequest.Planned> planned = PlannedLineRequest.parseAll(fields, lines);
        fields.throwIfInvalid();
        return new Parsed(patient, coverage, dateOfService, planned);
    }
}
