package io.claimline.patient.registry.api;

/** A coverage and the order it pays in. */
public record CoverageOrder(String coverageId, Priority priority) {
}
