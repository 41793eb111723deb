package io.claimline.billing.account.api;

import java.util.UUID;

/**
 * Identifies a guarantor account (the ledger of whoever pays). The ledger is per guarantor, so the account reuses
 * the guarantor's id: a patient who is their own guarantor (SELF) has the account with their own patient id, and
 * opening one twice for one guarantor is impossible by construction.
 */
public record AccountId(UUID value) {

    public static AccountId ofPatient(String patientId) {
        return new AccountId(UUID.fromString(patientId));
    }

    /** The account of a guarantor: a patient's id for SELF and PATIENT guarantors, a guarantor id for PERSON. */
    public static AccountId ofGuarantor(String guarantorId) {
        return new AccountId(UUID.fromString(guarantorId));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
