package io.claimline.patient.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A body that only says why. */
public record ReasonRequest(@Schema(example = "moved out of the area") String reason) {
}
