package io.claimline.patient.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** Body of a reorder: the coverages whose priority changes, each with its new priority, and why. */
public record CoverageOrderRequest(List<Entry> order,
        @Schema(example = "the new employer's plan pays first") String reason) {

    /** A coverage and the priority it takes. */
    public record Entry(@Schema(example = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d") UUID coverageId,
            @Schema(example = "SECONDARY", allowableValues = {"PRIMARY", "SECONDARY", "TERTIARY"}) String priority) {
    }
}
