package io.claimline.contracts.payers.v1;

import io.claimline.contracts.Require;

/**
 * A payer's claims mailing address as it travels: USPS state code, ZIP of 5 or 9 digits (no hyphen). A payer's
 * address is business data, not PHI.
 */
public record PayerAddress(String line1, String line2, String city, String state, String postalCode) {

    public PayerAddress {
        Require.present(line1, "address.line1");
        Require.present(city, "address.city");
        Require.present(state, "address.state");
        Require.present(postalCode, "address.postalCode");
    }
}
