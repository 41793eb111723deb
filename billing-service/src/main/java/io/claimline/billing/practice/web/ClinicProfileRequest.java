package io.claimline.billing.practice.web;

import io.claimline.billing.practice.api.ClinicProfile;
import io.claimline.billing.practice.api.PracticeText;
import io.claimline.billing.practice.api.TaxId;
import io.claimline.billing.practice.api.TaxonomyCode;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Npi;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Body of a clinic profile version: the profile as it is from {@code effectiveFrom} on. */
public record ClinicProfileRequest(
        @Schema(example = "2026-01-01", description = "The first day this version is in effect")
        LocalDate effectiveFrom,
        @Schema(type = "string", example = "Riverside Family Medicine LLC") String legalName,
        @Schema(type = "string", example = "1234567893", description = "The clinic's (group's) NPI") String billingNpi,
        @Schema(type = "string", example = "12-3456789", description = "EIN, 9 digits with or without the hyphen") String taxId,
        @Schema(type = "string", example = "207Q00000X", description = "NUCC taxonomy code") String taxonomy,
        @Schema(description = "A street address with ZIP+4 (no PO box)") AddressRequest billingAddress,
        @Schema(description = "Where payers send payments, when not the billing address (a PO box is fine)")
        AddressRequest payToAddress) {

    /** The checked profile, or an InvalidFieldsException naming every field that breaks a rule. */
    ClinicProfile toProfile() {
        Fields fields = new Fields();
        fields.check("effectiveFrom", effectiveFrom != null, "is required");
        String name = fields.required("legalName", legalName, PracticeText.text(PracticeText.NAME));
        Npi npi = fields.required("billingNpi", billingNpi, Npi::of);
        String ein = fields.required("taxId", taxId, TaxId::normalize);
        String code = fields.required("taxonomy", taxonomy, TaxonomyCode::normalize);
        var billing = AddressRequest.check(billingAddress, fields, "billingAddress", true, true);
        var payTo = AddressRequest.check(payToAddress, fields, "payToAddress", false, false);
        fields.throwIfInvalid();
        return new ClinicProfile(name, npi.value(), ein, code, billing, payTo);
    }
}
