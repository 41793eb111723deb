package io.claimline.patient.payer.web;

import io.claimline.patient.payer.api.PayerAddress;
import io.claimline.patient.payer.api.PayerDetails;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of adding or changing a payer. Checked by the aggregate's rules (PayerRules), which name every field that
 * breaks one; a change replaces every value.
 */
public record PayerRequest(
        @Schema(example = "Aetna", maxLength = 60, requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(example = "60054", minLength = 2, maxLength = 80, requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The id the clearinghouse routes claims on (837 2010BB NM109); X12 basic characters "
                        + "except * and :, upper-cased. Unique among the clinic's active payers")
        String ediPayerId,
        @Schema(example = "CI", requiredMode = Schema.RequiredMode.REQUIRED,
                description = "X12 5010 claim filing indicator (SBR09)",
                allowableValues = {"11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS", "FI", "HM",
                        "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ"})
        String claimFilingIndicator,
        @Schema(example = "90", minimum = "1", maximum = "1095", requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Timely-filing limit for a first claim, in days") Integer initialClaimDays,
        @Schema(example = "180", minimum = "1", maximum = "1095", requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Limit for a corrected or replacement claim, in days") Integer correctedClaimDays,
        @Schema(example = "180", minimum = "1", maximum = "1095", requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Limit for an appeal, in days") Integer appealDays,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Address address,
        @Schema(example = "+18886323862", description = "Optional; any US or E.164 form, stored as E.164")
        String phone,
        @Schema(example = "true", requiredMode = Schema.RequiredMode.REQUIRED) Boolean acceptsElectronicClaims) {

    /** The payer's claims mailing address (a US address: USPS state code, ZIP of 5 or 9 digits). */
    public record Address(
            @Schema(example = "PO Box 981106") String line1,
            @Schema(example = "Suite 100", nullable = true) String line2,
            @Schema(example = "El Paso") String city,
            @Schema(example = "TX") String state,
            @Schema(example = "79998-1106") String postalCode) {
    }

    PayerDetails details() {
        return new PayerDetails(name, ediPayerId, claimFilingIndicator, initialClaimDays, correctedClaimDays,
                appealDays, address == null ? null
                        : new PayerAddress(address.line1(), address.line2(), address.city(), address.state(),
                                address.postalCode()),
                phone, acceptsElectronicClaims);
    }
}
