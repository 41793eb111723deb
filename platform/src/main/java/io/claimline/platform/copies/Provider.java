package io.claimline.platform.copies;

import java.time.LocalDate;

/**
 * A rendering provider (837P loop 2310B) in the version in effect on a date.
 *
 * @param effectiveFrom the first day of this version
 * @param effectiveTo the provider's last day with the clinic (inclusive), null while open-ended
 */
public record Provider(String providerId, LocalDate effectiveFrom, LocalDate effectiveTo, String npi,
        String givenName, String familyName, String taxonomy, String credential) {
}
