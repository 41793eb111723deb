package io.claimline.billing.practice.web;

import io.claimline.billing.practice.api.PracticeText;
import io.claimline.billing.practice.api.ProviderDetails;
import io.claimline.billing.practice.api.TaxonomyCode;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Npi;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Body of a provider or a provider's new version. */
public record ProviderRequest(
        @Schema(example = "2026-01-01", description = "The first day this version is in effect")
        LocalDate effectiveFrom,
        @Schema(example = "2027-12-31", description = "The provider's last day (inclusive); absent: open-ended")
        LocalDate effectiveTo,
        @Schema(type = "string", example = "1112223338", description = "The provider's individual NPI") String npi,
        @Schema(type = "string", example = "Grace") String givenName,
        @Schema(type = "string", example = "Hopper") String familyName,
        @Schema(type = "string", example = "207Q00000X", description = "NUCC taxonomy code") String taxonomy,
        @Schema(type = "string", example = "MD", description = "MD, DO, NP, PA…") String credential) {

    ProviderDetails toDetails() {
        Fields fields = new Fields();
        fields.check("effectiveFrom", effectiveFrom != null, "is required");
        fields.check("effectiveTo", effectiveTo == null || effectiveFrom == null || !effectiveTo.isBefore(effectiveFrom),
                "must not be before effectiveFrom");
        Npi individual = fields.required("npi", npi, Npi::of);
        String given = fields.required("givenName", givenName, PracticeText.text(PracticeText.GIVEN_NAME));
        String family = fields.required("familyName", familyName, PracticeText.text(PracticeText.NAME));
        String code = fields.required("taxonomy", taxonomy, TaxonomyCode::normalize);
        String title = fields.optional("credential", credential, PracticeText::credential);
        fields.throwIfInvalid();
        return new ProviderDetails(individual.value(), given, family, code, title);
    }
}
