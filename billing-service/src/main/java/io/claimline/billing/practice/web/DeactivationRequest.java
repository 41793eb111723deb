package io.claimline.billing.practice.web;

import io.claimline.billing.practice.api.PracticeText;
import io.claimline.platform.kernel.Fields;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Body of a provider's deactivation: their last day with the clinic, and why. */
public record DeactivationRequest(
        @Schema(example = "2027-12-31", description = "The provider's last day (inclusive)") LocalDate effectiveTo,
        @Schema(type = "string", example = "left the practice") String reason) {

    String checkedReason() {
        Fields fields = new Fields();
        fields.check("effectiveTo", effectiveTo != null, "is required");
        String why = fields.required("reason", reason, PracticeText.text(PracticeText.REASON));
        fields.throwIfInvalid();
        return why;
    }
}
