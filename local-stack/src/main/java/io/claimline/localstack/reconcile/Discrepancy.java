package io.claimline.localstack.reconcile;

/**
 * One thing the reconciliation found wrong: which check, where (a service, and what in it), and what. Built from ids,
 * names of groups and tables, counts and checksums only: never a name or a date of birth.
 */
public record Discrepancy(Check check, String where, String what) {

    @Override
    public String toString() {
        return check + " " + where + ": " + what;
    }
}
