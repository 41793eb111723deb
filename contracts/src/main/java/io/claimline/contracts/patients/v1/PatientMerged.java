package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code patients.patient-events.v1} type {@code PatientMerged}, version 1: the patient was a duplicate of {@code
 * survivingPatientId}; consumers point their references at the survivor (billing moves open balances by transfer).
 */
public record PatientMerged(
        String patientId,
        String survivingPatientId,
        Instant mergedAt) implements KeyedPayload {

    public PatientMerged {
        Require.uuid(patientId, "patientId");
        Require.uuid(survivingPatientId, "survivingPatientId");
        Require.present(mergedAt, "mergedAt");
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "PatientMerged";
    public static final int VERSION = 1;
}
