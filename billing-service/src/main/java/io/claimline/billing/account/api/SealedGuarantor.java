package io.claimline.billing.account.api;

import io.claimline.platform.phi.SealedValue;

/**
 * The guarantor's name and contact as a statement prints them, sealed under the guarantor's own data key: the
 * vault opens them with {@code subjectId} as the key's subject (a patient id for SELF and PATIENT guarantors, the
 * guarantor id for PERSON). Null members for what is not known. Never opened here; statements open them.
 */
public record SealedGuarantor(
        String subjectId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        SealedValue sex,
        SealedValue address,
        SealedValue phone,
        SealedValue email) {
}
