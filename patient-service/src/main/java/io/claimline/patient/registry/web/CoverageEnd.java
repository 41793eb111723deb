package io.claimline.patient.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Body of a coverage's end: the last day it pays for, and why. */
public record CoverageEnd(@Schema(example = "2026-12-31") LocalDate terminationDate,
        @Schema(example = "employment ended") String reason) {
}
