package io.claimline.claims.claim.query;

/** How a work queue is ordered: each by a column, then by claim id so pages never overlap. */
public enum QueueSort {
    STATUS_CHANGED_AT("status_changed_at"),
    SERVICE_FROM("service_from"),
    TIMELY_FILING_DEADLINE("timely_filing_deadline"),
    TOTAL_CHARGE("total_charge"),
    SUBMITTED_AT("submitted_at");

    private final String column;

    QueueSort(String column) {
        this.column = column;
    }

    String orderBy(boolean descending) {
        String direction = descending ? " DESC NULLS LAST" : " ASC NULLS LAST";
        return column + direction + ", claim_id" + (descending ? " DESC" : " ASC");
    }
}
