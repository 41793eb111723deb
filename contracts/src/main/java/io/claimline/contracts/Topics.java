package io.claimline.contracts;

/** Published topic names: {@code <context>.<aggregate>-events.v<major>}, key = aggregate id. */
public final class Topics {

    public static final String PATIENT_EVENTS_V1 = "patients.patient-events.v1";

    /** Kafka headers every published record carries beside the envelope. */
    public static final String HEADER_EVENT_ID = "event-id";
    public static final String HEADER_TYPE = "type";

    private Topics() {
    }
}
