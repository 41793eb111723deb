package io.claimline.patient.registry.api;

import io.claimline.platform.phi.SealedValue;

/** The subscriber (insured) when it is not the patient: what a 270 and an 837 name of them, sealed. */
public record SealedSubscriber(
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        SealedValue sex,
        SealedValue address) {
}
