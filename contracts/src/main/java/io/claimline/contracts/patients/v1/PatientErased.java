package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code patients.patient-events.v1} type {@code PatientErased}, version 1: the patient's data key was destroyed,
 * so every sealed value of theirs (in any event or read model) no longer opens. Consumers may drop their sealed
 * copies; ids, dates and money stay.
 */
public record PatientErased(String patientId, String reason, Instant erasedAt) implements KeyedPayload {

    public PatientErased {
        Require.uuid(patientId, "patientId");
        Require.present(reason, "reason");
        Require.present(erasedAt, "erasedAt");
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "PatientErased";
    public static final int VERSION = 1;
}
