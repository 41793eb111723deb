package io.claimline.billing.practice.web;

import io.claimline.billing.practice.api.LocationDetails;
import io.claimline.billing.practice.api.PlaceOfService;
import io.claimline.billing.practice.api.PracticeText;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Npi;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Body of a service location or a location's new version. */
public record LocationRequest(
        @Schema(example = "2026-01-01", description = "The first day this version is in effect")
        LocalDate effectiveFrom,
        @Schema(example = "2027-12-31", description = "The location's last day in use (inclusive); absent: open-ended")
        LocalDate effectiveTo,
        @Schema(type = "string", example = "Riverside Main Office") String name,
        @Schema(description = "A street address with ZIP+4 (no PO box)") AddressRequest address,
        @Schema(type = "string", example = "11", description = "CMS place-of-service code") String placeOfService,
        @Schema(type = "string", example = "1987654328", description = "The facility's own NPI, if it has one") String npi) {

    LocationDetails toDetails() {
        Fields fields = new Fields();
        fields.check("effectiveFrom", effectiveFrom != null, "is required");
        fields.check("effectiveTo", effectiveTo == null || effectiveFrom == null || !effectiveTo.isBefore(effectiveFrom),
                "must not be before effectiveFrom");
        String title = fields.required("name", name, PracticeText.text(PracticeText.NAME));
        var where = AddressRequest.check(address, fields, "address", true, true);
        String pos = fields.required("placeOfService", placeOfService, PlaceOfService::normalize);
        Npi facility = fields.optional("npi", npi, Npi::of);
        fields.throwIfInvalid();
        return new LocationDetails(title, where, pos, facility == null ? null : facility.value());
    }
}
