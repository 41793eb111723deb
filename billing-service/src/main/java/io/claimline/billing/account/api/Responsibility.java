package io.claimline.billing.account.api;

import java.util.UUID;

/**
 * Who is to pay a part of a balance: the patient (through their guarantor) or a payer. Read models and REST show it
 * as a code, {@code PATIENT} or {@code PAYER:<payer id>}; events hold the record.
 */
public record Responsibility(UUID payerId) {

    public static final Responsibility PATIENT = new Responsibility(null);
    private static final String PAYER_PREFIX = "PAYER:";

    public static Responsibility payer(UUID payerId) {
        if (payerId == null) {
            throw new IllegalArgumentException("a payer responsibility names the payer");
        }
        return new Responsibility(payerId);
    }

    /** The responsibility a code names; IllegalArgumentException for anything else. */
    public static Responsibility of(String code) {
        if ("PATIENT".equals(code)) {
            return PATIENT;
        }
        if (code != null && code.startsWith(PAYER_PREFIX)) {
            return payer(UUID.fromString(code.substring(PAYER_PREFIX.length())));
        }
        throw new IllegalArgumentException("a responsibility is PATIENT or PAYER:<payer id>");
    }

    public boolean forPatient() {
        return payerId == null;
    }

    public String code() {
        return payerId == null ? "PATIENT" : PAYER_PREFIX + payerId;
    }

    @Override
    public String toString() {
        return code();
    }
}
