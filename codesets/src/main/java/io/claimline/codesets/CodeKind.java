package io.claimline.codesets;

/** The kinds of code a claim carries. */
public enum CodeKind {
    ICD_10_CM,
    CPT,
    HCPCS_LEVEL_II,
    MODIFIER,
    PLACE_OF_SERVICE
}
