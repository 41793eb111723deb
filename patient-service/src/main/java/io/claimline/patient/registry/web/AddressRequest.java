package io.claimline.patient.registry.web;

import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.UsAddress;
import io.swagger.v3.oas.annotations.media.Schema;

/** A US postal address in a request body. */
public record AddressRequest(
        @Schema(example = "12 Analytical Way") String line1,
        @Schema(example = "Apt 3") String line2,
        @Schema(example = "Springfield") String city,
        @Schema(example = "IL") String state,
        @Schema(example = "62704") String postalCode) {

    UsAddress toAddress(Fields fields, String field) {
        return fields.value(field, () -> new UsAddress(line1, line2, city, state, postalCode));
    }

    @Override
    public String toString() {
        return "AddressRequest[redacted]";
    }
}
