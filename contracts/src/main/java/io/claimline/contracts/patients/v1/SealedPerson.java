package io.claimline.contracts.patients.v1;

/**
 * What a statement, a 270 or an 837 names of a person who is not (or not necessarily) the patient — a guarantor,
 * a subscriber — sealed under that person's own key (a guarantor) or the patient's (a subscriber). Nulls for what
 * is not known. Opened values read as in {@link SealedDetails}.
 */
public record SealedPerson(
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        SealedValue sex,
        SealedValue address,
        SealedValue phone,
        SealedValue email) {
}
