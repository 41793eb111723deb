package io.claimline.claims.encounter.query;

/**
 * Where a confirmed encounter stands for claims. BILLABLE: confirmed (or amended) and waiting for its claim; VOIDED:
 * billing voided it, nothing of it may be billed. Drafting claims (issue 11) adds the state of a claimed encounter.
 */
public enum BillableEncounterStatus {
    BILLABLE,
    VOIDED
}
