package io.claimline.patient.matching;

/**
 * The normalised facts about a person that matching compares, each stored only as a keyed HMAC (ADR 0017).
 * {@link #GIVEN_NAME} does not count towards a match by itself; it tells twins apart (see {@link MatchRule}).
 */
public enum BlindKeyKind {
    /** Phonetic code of the family name plus the given name's initial. */
    NAME,
    /** Date of birth. */
    DATE_OF_BIRTH,
    /** Phone number in E.164. */
    PHONE,
    /** A coverage's member id. */
    MEMBER_ID,
    /** First address line (normalised) and the 5-digit ZIP. */
    ADDRESS,
    /** Phonetic code of the given name. */
    GIVEN_NAME
}
