package io.claimline.billing.encounter.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why: a manager confirming for a provider, or anyone voiding an encounter. */
public record ReasonRequest(@Schema(example = "Dr. Hopper is on leave; confirmed from her signed notes") String reason) {
}
