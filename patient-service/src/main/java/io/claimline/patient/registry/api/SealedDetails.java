package io.claimline.patient.registry.api;

import io.claimline.platform.phi.SealedValue;

/**
 * The demographics beyond name and date of birth, each sealed under the same data key as the name (null when not
 * given). The address is sealed as one value: its lines only make sense together.
 */
public record SealedDetails(
        SealedValue middleName,
        SealedValue preferredName,
        SealedValue sex,
        SealedValue address,
        SealedValue phone,
        SealedValue email,
        SealedValue preferredContactMethod,
        SealedValue language) {
}
