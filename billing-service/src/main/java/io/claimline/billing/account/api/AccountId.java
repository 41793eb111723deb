package io.claimline.billing.account.api;

import java.util.UUID;

/**
 * Identifies a patient account (the patient's ledger). One account per patient for now, so it reuses the
 * patient's id: opening it twice for one patient is impossible by construction.
 */
public record AccountId(UUID value) {

    public static AccountId ofPatient(String patientId) {
        return new AccountId(UUID.fromString(patientId));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
