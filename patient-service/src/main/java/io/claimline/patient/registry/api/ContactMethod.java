package io.claimline.patient.registry.api;

/** How the patient prefers to be reached about their bills and appointments. */
public enum ContactMethod {
    PHONE, SMS, EMAIL, MAIL, PORTAL
}
