package io.claimline.patient.registry.api;

import io.claimline.platform.phi.SealedValue;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A patient joined a clinic's registry. Every demographic is sealed under the patient's data key; {@code details}
 * is absent in events stored before the full demographics existed. {@code possibleDuplicates} are the clinic's
 * patients the blind keys matched at registration, waiting for review.
 */
@Revision("1")
public record PatientRegisteredEvent(
        PatientId patientId,
        String clinicId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        Instant registeredAt,
        SealedDetails details,
        List<PatientId> possibleDuplicates) implements PatientEvent {

    public PatientRegisteredEvent {
        possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
    }
}
