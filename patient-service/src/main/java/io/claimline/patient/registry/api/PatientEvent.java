package io.claimline.patient.registry.api;

/** Everything that happens to a patient; projections switch over it exhaustively. */
public sealed interface PatientEvent permits PatientRegisteredEvent, PatientDemographicsChangedEvent,
        PatientDataErasedEvent, PatientDemographicsVerifiedEvent, PatientDeactivatedEvent,
        PossibleDuplicateDismissedEvent, PatientMergedEvent, GuarantorAssignedEvent,
        CoverageAddedEvent, CoverageChangedEvent, CoverageEndedEvent, CoveragesReorderedEvent,
        EligibilityVerifiedEvent, EligibilityFailedEvent {

    PatientId patientId();
}
