package io.claimline.patient.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of a coverage correction: the whole corrected terms (same priority), and why. */
public record CoverageChange(CoverageRequest terms,
        @Schema(example = "group number typed wrong at check-in") String reason) {
}
