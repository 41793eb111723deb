package io.claimline.patient.registry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Someone confirmed the patient's demographics with the patient (who: the event's metadata). */
@Revision("1")
public record PatientDemographicsVerifiedEvent(
        PatientId patientId,
        Instant verifiedAt) implements PatientEvent {
}
