package io.claimline.patient.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A payer answered a 270 with active coverage for the date of service; the coverage's benefits are now these. */
@Revision("1")
public record EligibilityVerifiedEvent(
        PatientId patientId,
        String coverageId,
        String checkId,
        LocalDate dateOfService,
        LocalDate planBegin,
        LocalDate planEnd,
        Benefits benefits,
        Instant checkedAt) implements PatientEvent {
}
