package io.claimline.contracts;

/** Published topic names: {@code <context>.<aggregate>-events.v<major>}, key = aggregate id. */
public final class Topics {

    public static final String PATIENT_EVENTS_V1 = "patients.patient-events.v1";
    public static final String PAYER_EVENTS_V1 = "patients.payer-events.v1";
    /** The clinic's practice setup (profile, providers, service locations), key = clinic id. */
    public static final String PRACTICE_EVENTS_V1 = "billing.practice-events.v1";

    /** Confirmed, amended and voided encounters (what claims are built from), key = encounter id. */
    public static final String ENCOUNTER_EVENTS_V1 = "billing.encounter-events.v1";

    /**
     * The guarantor accounts' ledger: postings (charges, payments, adjustments, refunds, responsibility transfers),
     * statements issued and balances by responsibility after each posting, key = account id.
     */
    public static final String ACCOUNT_EVENTS_V1 = "billing.account-events.v1";

    /**
     * Claims created, submitted, accepted, rejected and resubmitted (package {@code claims.v1}), key = claim id. The
     * contract is defined; claims-service does not publish it yet.
     */
    public static final String CLAIM_EVENTS_V1 = "claims.claim-events.v1";

    // Reserved for the domains to come (docs/event-catalog); nothing publishes on it yet.
    public static final String COLLECTION_ACCOUNT_EVENTS_V1 = "collections.account-events.v1";

    /** Kafka headers every published record carries beside the envelope. */
    public static final String HEADER_EVENT_ID = "event-id";
    public static final String HEADER_TYPE = "type";

    private Topics() {
    }
}
