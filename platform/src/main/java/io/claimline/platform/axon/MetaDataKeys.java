package io.claimline.platform.axon;

/** The metadata every command and event carries: who, which clinic, and why (correlation and causation). */
public final class MetaDataKeys {

    /** The acting user, or {@code service:<name>} when a service acts on an integration event. */
    public static final String USER_ID = "userId";
    /** The clinic (tenant) the change belongs to. */
    public static final String CLINIC_ID = "clinicId";
    /** The id shared by everything one outside request or event set in motion. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message (request, command or integration event) that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";

    private MetaDataKeys() {
    }
}
