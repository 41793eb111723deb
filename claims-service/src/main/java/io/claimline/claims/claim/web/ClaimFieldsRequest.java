package io.claimline.claims.claim.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The claim-only fields as a biller sets them (each replaces what the claim had; null clears it), and why. {@code
 * note} is free text to the payer (NTE, up to 80 characters); it is sealed under the patient's key before it is
 * kept.
 */
@Schema(name = "ClaimFieldsRequest")
record ClaimFieldsRequest(
        @Schema(example = "AUTH-55120") @Size(max = 50) String priorAuthorization,
        @Schema(example = "Resubmitted after the payer corrected the member id") @Size(max = 80) String note,
        @Schema(example = "1") @Pattern(regexp = "1|2|3|4|5|6|7|8|9|10|11|15") String delayReasonCode,
        @Schema(example = "Prior authorisation number received from the payer") @NotBlank @Size(max = 500)
        String reason) {

    @Override
    public String toString() {
        return "ClaimFieldsRequest[…]"; // the note may identify the patient
    }
}
