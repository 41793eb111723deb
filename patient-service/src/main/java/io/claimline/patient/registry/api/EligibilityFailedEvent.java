package io.claimline.patient.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A payer answered a 270: not covered on the date of service (inactive), or the request was rejected (AAA). */
@Revision("1")
public record EligibilityFailedEvent(
        PatientId patientId,
        String coverageId,
        String checkId,
        LocalDate dateOfService,
        String status,
        List<String> reasons,
        LocalDate planEnd,
        Instant checkedAt) implements PatientEvent {
}
