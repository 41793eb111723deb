package io.claimline.billing.practice.api;

import io.claimline.platform.kernel.UsAddress;

/**
 * An address as the practice's events record it: already checked (by {@link UsAddress}) when it was written, so
 * replaying old events never re-applies rules that may have changed since.
 */
public record Address(String line1, String line2, String city, String state, String postalCode) {

    public static Address of(UsAddress address) {
        return new Address(address.line1(), address.line2(), address.city(), address.state(), address.postalCode());
    }
}
