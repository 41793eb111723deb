package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopologyTest {

    private static final Topology.Topic PATIENTS = Topology.topic(Topology.PATIENT_EVENTS);

    @Test
    void bothEligibilityOutcomesArePublishedAsEligibilityChecked() {
        assertThat(PATIENTS.publishedType("Patient", "io.claimline.patient.registry.api.EligibilityVerifiedEvent"))
                .contains("EligibilityChecked");
        assertThat(PATIENTS.publishedType("Patient", "EligibilityFailedEvent")).contains("EligibilityChecked");
    }

    @Test
    void eventsThePublisherDoesNotTranslateOrOfAnotherAggregateAreNotPublished() {
        assertThat(PATIENTS.publishedType("Patient", "PatientDemographicsVerifiedEvent")).isEmpty();
        assertThat(PATIENTS.publishedType("Patient", "PatientDeactivatedEvent")).isEmpty();
        assertThat(PATIENTS.publishedType("Patient", "PossibleDuplicateDismissedEvent")).isEmpty();
        assertThat(PATIENTS.publishedType("Guarantor", "GuarantorAssignedEvent")).isEmpty();
        assertThat(Topology.topic(Topology.PAYER_EVENTS).publishedType("Payer", "PayerAddedEvent"))
                .contains("PayerAdded");
        assertThat(Topology.topic(Topology.PAYER_EVENTS).publishedType("Patient", "PayerAddedEvent")).isEmpty();
    }

    @Test
    void everyConsumedTypeIsPublishedOnItsTopicAndEveryCountingModelBelongsToAConsumerOfItsTopic() {
        for (Topology.Consumer consumer : Topology.CONSUMERS) {
            consumer.appliedTypes().forEach((topic, types) ->
                    assertThat(Topology.topic(topic).publishedTypes().values()).as(consumer + " " + topic)
                            .containsAll(types));
        }
        for (Topology.Counting counting : Topology.COUNTING_READ_MODELS) {
            Topology.Consumer consumer = Topology.CONSUMERS.stream()
                    .filter(c -> c.service().equals(counting.service())).findFirst().orElseThrow();
            assertThat(consumer.appliedTypes().get(counting.topic())).as(counting.toString())
                    .containsAll(counting.types());
        }
    }

    @Test
    void claimsConsumesEveryPublishedEncounterEventAndCountsItsApplicationsPerEncounter() {
        Topology.Topic encounters = Topology.topic(Topology.ENCOUNTER_EVENTS);
        Topology.Consumer claims = Topology.CONSUMERS.stream()
                .filter(c -> c.service().equals(Topology.CLAIMS)).findFirst().orElseThrow();

        assertThat(encounters.producer()).isEqualTo(Topology.BILLING);
        assertThat(encounters.publishedType("Encounter", "io.claimline.billing.encounter.api.EncounterAmendedEvent"))
                .contains("EncounterAmended");
        assertThat(encounters.publishedType("Practice", "EncounterConfirmedEvent")).isEmpty();
        assertThat(claims.appliedTypes().get(Topology.ENCOUNTER_EVENTS))
                .containsExactlyInAnyOrderElementsOf(encounters.publishedTypes().values());
        assertThat(Topology.COUNTING_READ_MODELS).anyMatch(c -> c.topic().equals(Topology.ENCOUNTER_EVENTS)
                && c.table().equals("rm_billable_encounter") && c.service().equals(Topology.CLAIMS));
        assertThat(encounters.deadLetterTopic(Topology.CLAIMS))
                .isEqualTo("billing.encounter-events.v1.claims-service.dlt");
    }

    @Test
    void deadLetterTopicsAreNamedByTopicAndGroup() {
        assertThat(Topology.topic(Topology.PRACTICE_EVENTS).deadLetterTopic(Topology.PATIENT))
                .isEqualTo("billing.practice-events.v1.patient-service.dlt");
    }
}
