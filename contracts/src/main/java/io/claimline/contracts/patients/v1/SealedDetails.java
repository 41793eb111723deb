package io.claimline.contracts.patients.v1;

/**
 * A person's demographics beyond name and date of birth, each sealed under the patient's key; null when unknown.
 * {@code sex} opens to F, M or U; {@code address} to JSON {@code {"line1","line2","city","state","postalCode"}};
 * {@code phone} to E.164; {@code preferredContactMethod} to PHONE, SMS, EMAIL, MAIL or PORTAL; {@code language}
 * to an ISO 639-1 code.
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
