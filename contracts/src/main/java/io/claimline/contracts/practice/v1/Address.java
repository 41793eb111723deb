package io.claimline.contracts.practice.v1;

import io.claimline.contracts.Require;

/**
 * A US postal address as the practice setup publishes it: USPS state code, ZIP of 5 or 9 digits without the
 * hyphen. Practice addresses are not PHI.
 */
public record Address(String line1, String line2, String city, String state, String postalCode) {

    public Address {
        Require.present(line1, "line1");
        Require.present(city, "city");
        Require.present(state, "state");
        Require.present(postalCode, "postalCode");
    }
}
