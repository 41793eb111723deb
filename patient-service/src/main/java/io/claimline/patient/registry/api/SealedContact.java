package io.claimline.patient.registry.api;

import io.claimline.platform.phi.SealedValue;

/** What a statement needs of a person, sealed under that person's own data key (nulls for what is not known). */
public record SealedContact(
        SealedValue givenName,
        SealedValue familyName,
        SealedValue address,
        SealedValue phone,
        SealedValue email) {
}
