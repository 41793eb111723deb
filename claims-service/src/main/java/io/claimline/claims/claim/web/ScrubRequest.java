package io.claimline.claims.claim.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a biller asks for the claim to be scrubbed again (e.g. what was corrected elsewhere). */
@Schema(name = "ClaimScrubRequest")
record ScrubRequest(
        @Schema(example = "Member id corrected in the patient's coverage") @NotBlank @Size(max = 500) String reason) {
}
