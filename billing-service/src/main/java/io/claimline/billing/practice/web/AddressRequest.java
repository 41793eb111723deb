package io.claimline.billing.practice.web;

import io.claimline.billing.practice.api.Address;
import io.claimline.billing.practice.api.PracticeText;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.UsAddress;
import io.swagger.v3.oas.annotations.media.Schema;

/** A US address in a request: USPS state code, ZIP of 5 or 9 digits (hyphen optional). */
public record AddressRequest(
        @Schema(type = "string", example = "100 Main Street") String line1,
        @Schema(type = "string", example = "Suite 200") String line2,
        @Schema(type = "string", example = "Springfield") String city,
        @Schema(type = "string", example = "IL") String state,
        @Schema(type = "string", example = "62701-1234") String postalCode) {

    /**
     * The checked address, or null after recording its problems under {@code field}. A billing provider's and a
     * service facility's address ({@code street}) must be a street address with the full ZIP+4: the 837P guide
     * requires both for loops 2010AA and 2310C (a PO box belongs in the pay-to address).
     */
    static Address check(AddressRequest request, Fields fields, String field, boolean required, boolean street) {
        if (request == null) {
            fields.check(field, !required, "is required");
            return null;
        }
        UsAddress address = fields.value(field, () -> new UsAddress(request.line1(), request.line2(), request.city(),
                request.state(), request.postalCode()));
        if (street) {
            Fields nested = fields.nested(field);
            nested.check("line1", !PracticeText.isPostOfficeBox(request.line1()),
                    "must be a street address, not a PO box (put a PO box in the pay-to address)");
            if (address != null) {
                nested.check("postalCode", address.postalCode().length() == 9, "must be the full 9-digit ZIP+4");
            }
        }
        return address == null ? null : Address.of(address);
    }
}
