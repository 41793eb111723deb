package io.claimline.billing.pricing.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Body of ending a contract: its last day in force. */
public record ContractEndRequest(
        @Schema(example = "2026-12-31", description = "The contract's last day in force (inclusive)")
        LocalDate effectiveTo) {
}
