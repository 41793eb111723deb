package io.claimline.billing.statement.delivery;

/** How a patient statement reaches the patient. */
public enum Channel {
    /** Printed and mailed by the print vendor, from a file dropped in its intake folder. */
    PRINT,
    /** An e-mail notice with the statement attached. */
    EMAIL
}
