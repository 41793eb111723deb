package io.claimline.claims.claim.query;

/** The claims work queues a biller works from. */
public enum WorkQueue {
    /** The scrubber found edits: correct where each edit says, and the claim is scrubbed again. */
    NEEDS_CORRECTION("status = 'NEEDS_CORRECTION'"),
    /** Rejected by the clearinghouse or the payer's front end: not filed; correct and resubmit. */
    REJECTED("status = 'REJECTED'"),
    /** Submitted, and no claim acknowledgement came within the configured days. */
    UNACKNOWLEDGED("status = 'SUBMITTED' AND acknowledgement_overdue"),
    /** Not filed yet (or waiting for its acknowledgement) with the timely-filing deadline near or passed. */
    TIMELY_FILING("timely_filing_warned AND status NOT IN ('ACCEPTED', 'WITHDRAWN')"),
    /** Passed the scrubber, waiting for the next batch. */
    READY("status = 'READY'"),
    /** Sent, waiting for acknowledgements. */
    SUBMITTED("status = 'SUBMITTED'");

    private final String condition;

    WorkQueue(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }
}
