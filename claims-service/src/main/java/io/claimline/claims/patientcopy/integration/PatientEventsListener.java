package io.claimline.claims.patientcopy.integration;

import io.claimline.claims.claim.integration.ClaimCorrections;
import io.claimline.claims.patientcopy.query.CoverageCopies;
import io.claimline.claims.patientcopy.query.PatientCopies;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.CoverageAdded;
import io.claimline.contracts.patients.v1.CoverageChanged;
import io.claimline.contracts.patients.v1.CoverageEnded;
import io.claimline.contracts.patients.v1.CoveragesReordered;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientMerged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Patients, their merges and their coverages into claims' copies (sealed values stay sealed). */
@Component
class PatientEventsListener {

    private final IntegrationEventRouter router;

    PatientEventsListener(IntegrationEvents events, PatientCopies copies, CoverageCopies coverages,
            ClaimCorrections corrections) {
        // A correction of what claims print re-scrubs the patient's claims not filed yet (ClaimCorrections).
        this.router = events.router(Topics.PATIENT_EVENTS_V1)
                .on(PatientRegistered.TYPE, PatientRegistered.VERSION, PatientRegistered.class, copies::registered)
                .on(PatientDemographicsChanged.TYPE, PatientDemographicsChanged.VERSION,
                        PatientDemographicsChanged.class, (event, changed) -> {
                            copies.demographicsChanged(event, changed);
                            corrections.patientCorrected(event, changed.patientId(), "demographics");
                        })
                .on(PatientMerged.TYPE, PatientMerged.VERSION, PatientMerged.class, copies::merged)
                .on(CoverageAdded.TYPE, CoverageAdded.VERSION, CoverageAdded.class, (event, added) -> {
                    coverages.added(event, added);
                    corrections.patientCorrected(event, added.patientId(), "coverage");
                })
                .on(CoverageChanged.TYPE, CoverageChanged.VERSION, CoverageChanged.class, (event, changed) -> {
                    coverages.changed(event, changed);
                    corrections.patientCorrected(event, changed.patientId(), "coverage");
                })
                .on(CoverageEnded.TYPE, CoverageEnded.VERSION, CoverageEnded.class, coverages::ended)
                .on(CoveragesReordered.TYPE, CoveragesReordered.VERSION, CoveragesReordered.class,
                        coverages::reordered)
                .build();
    }

    @KafkaListener(topics = Topics.PATIENT_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }
}
