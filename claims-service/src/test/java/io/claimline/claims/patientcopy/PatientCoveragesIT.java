package io.claimline.claims.patientcopy;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.claims.patientcopy.query.CoverageCopies;
import io.claimline.contracts.patients.v1.Coverage;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.integration.KafkaIntegrationConfiguration;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.TestInfrastructure;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * claims keeps each patient's sealed details and coverages (member id and subscriber sealed) from the patient
 * events, once per event, and a merged duplicate answers with its survivor.
 */
@ClaimlineServiceTest
class PatientCoveragesIT {

    private static final String CLINIC = "clinic-a";
    private static final String PAYER = "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e";
    private static final String DLT = KafkaIntegrationConfiguration.deadLetterTopic(Topics.PATIENT_EVENTS_V1,
            "claims-service");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CoverageCopies coverageCopies;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    @Test
    void coveragesAreKeptWithTheirMemberIdAndSubscriberSealedAndListedWithoutThem() throws Exception {
        String patient = UUID.randomUUID().toString();
        String coverageId = UUID.randomUUID().toString();
        Coverage coverage = PublishedEvents.coverage(coverageId, PAYER);
        IntegrationEvent added = PublishedEvents.coverageAdded(patient, coverage, CLINIC, 1);
        send(PublishedEvents.patientRegisteredWithDetails(patient, CLINIC));
        send(added);
        send(added);
        send(PublishedEvents.coveragesReordered(patient, Map.of(coverageId, "SECONDARY"), CLINIC, 2));
        send(PublishedEvents.coverageEnded(patient, coverageId, LocalDate.parse("2026-11-30"), CLINIC, 3));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> coverages(patient, "biller")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].coverageId").value(coverageId))
                .andExpect(jsonPath("$[0].payerId").value(PAYER))
                .andExpect(jsonPath("$[0].groupNumber").value("GRP-55012"))
                .andExpect(jsonPath("$[0].relationship").value("CHILD"))
                .andExpect(jsonPath("$[0].subscriberOnFile").value(true))
                .andExpect(jsonPath("$[0].priority").value("SECONDARY"))
                .andExpect(jsonPath("$[0].ended").value(true))
                .andExpect(jsonPath("$[0].terminationDate").value("2026-11-30"))
                .andExpect(jsonPath("$[0].memberId").doesNotExist())
                .andExpect(jsonPath("$[0].subscriber").doesNotExist()));
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT applied_events, member_id::text AS member_id, subscriber::text AS subscriber
                FROM rm_coverage_copy WHERE coverage_id = ?::uuid""", coverageId);
        assertThat(row.get("applied_events")).as("added, reordered, ended: each once").isEqualTo(3);
        assertThat(row.get("member_id").toString()).contains(coverage.memberId().ciphertext())
                .contains(coverage.memberId().keyId());
        assertThat(row.get("subscriber").toString()).contains(coverage.subscriber().familyName().ciphertext());
        assertThat(jdbc.queryForObject("SELECT details::text FROM rm_patient_copy WHERE patient_id = ?::uuid",
                String.class, patient)).contains("\"address\"").contains("\"ciphertext\"");
        mvc.perform(get("/api/claims/patients/{id}", patient).with(userOf(CLINIC, "biller")))
                .andExpect(jsonPath("$.detailsOnFile").value(true));
        coverages(patient, "front_desk").andExpect(status().isForbidden());
        mvc.perform(get("/api/claims/patients/{id}/coverages", patient).with(userOf("clinic-b", "biller")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMergedDuplicateAnswersWithTheSurvivorAndItsCoverages() throws Exception {
        String duplicate = UUID.randomUUID().toString();
        String survivor = UUID.randomUUID().toString();
        String coverageId = UUID.randomUUID().toString();
        send(PublishedEvents.patientRegistered(duplicate, CLINIC));
        send(PublishedEvents.patientRegisteredWithDetails(survivor, CLINIC));
        send(PublishedEvents.coverageAdded(survivor, PublishedEvents.coverage(coverageId, PAYER), CLINIC, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_patient_copy WHERE patient_id IN (?::uuid, ?::uuid)", Long.class,
                duplicate, survivor) == 2);
        IntegrationEvent merged = PublishedEvents.patientMerged(duplicate, survivor, CLINIC, 1);

        send(merged);
        send(merged);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/claims/patients/{id}", duplicate).with(userOf(CLINIC, "biller")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.patientId").value(survivor)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM integration_inbox WHERE event_id = ?", Long.class, merged.eventId()) == 1);
        coverages(duplicate, "biller").andExpect(jsonPath("$[0].coverageId").value(coverageId))
                .andExpect(jsonPath("$[0].patientId").value(survivor));
        assertThat(jdbc.queryForObject("SELECT applied_events FROM rm_patient_copy WHERE patient_id = ?::uuid",
                Integer.class, duplicate)).as("registered and merged, each once").isEqualTo(2);
    }

    @Test
    void aSubscriberIsOnlyOpenedForACoverageOfThePatientInTheCallersClinic() throws Exception {
        String patient = UUID.randomUUID().toString();
        String coverageId = UUID.randomUUID().toString();
        send(PublishedEvents.patientRegisteredWithDetails(patient, CLINIC));
        send(PublishedEvents.coverageAdded(patient, PublishedEvents.coverage(coverageId, PAYER), CLINIC, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> coverages(patient, "biller")
                .andExpect(jsonPath("$.length()").value(1)));

        // Neither reaches the vault: the coverage is looked up in this clinic's copy first.
        subscriber(patient, UUID.randomUUID().toString(), CLINIC, "biller").andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        subscriber(patient, coverageId, "clinic-b", "biller").andExpect(status().isNotFound());
        subscriber(patient, coverageId, CLINIC, "auditor").andExpect(status().isForbidden());
    }

    /**
     * What the subscriber endpoint hands the vault (the same {@code PhiVault} client and purpose as
     * claim-demographics, whose round trip e2e-tests cover): the member id and the subscriber's name, date of
     * birth, sex and address, every field under the patient's key so the patient is its subject; for a SELF
     * coverage the patient's own values; after a merge, the survivor's.
     */
    @Test
    void theSubscriberIsAskedOfTheVaultUnderThePatientsKeyAndASelfSubscriberIsThePatient() {
        String patient = UUID.randomUUID().toString();
        String child = UUID.randomUUID().toString();
        String self = UUID.randomUUID().toString();
        IntegrationEvent registered = PublishedEvents.patientRegisteredWithDetails(patient, CLINIC);
        PatientRegistered sealedPatient = new IntegrationEventCodec().payload(registered, PatientRegistered.class);
        Coverage ofChild = PublishedEvents.coverage(child, PAYER);
        Coverage ofSelf = PublishedEvents.coverage(self, PAYER);
        ofSelf = new Coverage(ofSelf.coverageId(), PAYER, ofSelf.planName(), ofSelf.memberId(),
                ofSelf.groupNumber(), "SELF", null, "SECONDARY", ofSelf.effectiveDate(), null, null);
        send(registered);
        send(PublishedEvents.coverageAdded(patient, ofChild, CLINIC, 1));
        send(PublishedEvents.coverageAdded(patient, ofSelf, CLINIC, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_coverage_copy WHERE patient_id = ?::uuid", Long.class, patient) == 2);

        var subscriber = coverageCopies.sealedSubscriber(UUID.fromString(patient), UUID.fromString(child), CLINIC)
                .orElseThrow();
        assertThat(subscriber.relationship()).isEqualTo("CHILD");
        assertThat(subscriber.fields()).allMatch(field -> field.patientId().equals(patient));
        assertThat(subscriber.fields()).extracting(PhiVault.SealedField::field)
                .containsExactly("memberId", "givenName", "familyName", "dateOfBirth", "sex", "address");
        assertThat(subscriber.fields()).extracting(field -> field.value().ciphertext()).containsExactly(
                ofChild.memberId().ciphertext(), ofChild.subscriber().givenName().ciphertext(),
                ofChild.subscriber().familyName().ciphertext(), ofChild.subscriber().dateOfBirth().ciphertext(),
                ofChild.subscriber().sex().ciphertext(), ofChild.subscriber().address().ciphertext());

        var itself = coverageCopies.sealedSubscriber(UUID.fromString(patient), UUID.fromString(self), CLINIC)
                .orElseThrow();
        assertThat(itself.fields()).allMatch(field -> field.patientId().equals(patient));
        assertThat(itself.fields()).extracting(field -> field.value().ciphertext()).containsExactly(
                ofSelf.memberId().ciphertext(), sealedPatient.givenName().ciphertext(),
                sealedPatient.familyName().ciphertext(), sealedPatient.dateOfBirth().ciphertext(),
                sealedPatient.details().sex().ciphertext(), sealedPatient.details().address().ciphertext());
        assertThat(coverageCopies.sealedSubscriber(UUID.fromString(patient), UUID.fromString(child), "clinic-b"))
                .isEmpty();
    }

    @Test
    void aMergeOfAnUnknownPatientIsRefusedAndACoverageWithoutPayerGoesToTheDeadLetterTopic() {
        IntegrationEvent orphan = PublishedEvents.patientMerged(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), CLINIC, 1);
        send(orphan);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM integration_refused WHERE event_id = ?", Long.class, orphan.eventId()) == 1);

        String patient = UUID.randomUUID().toString();
        IntegrationEvent malformed = PublishedEvents.coverageAdded(patient,
                PublishedEvents.coverage(UUID.randomUUID().toString(), PAYER), CLINIC, 1);
        ((ObjectNode) malformed.payload().get("coverage")).remove("payerId");
        send(malformed);
        var deadLetter = kafka.awaitRecord(DLT, r -> patient.equals(r.key()));
        assertThat(KafkaTestClient.header(deadLetter, KafkaIntegrationConfiguration.DLT_REASON_HEADER)).isPresent();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_coverage_copy WHERE patient_id = ?::uuid",
                Long.class, patient)).isZero();
    }

    private ResultActions coverages(String patient, String role) throws Exception {
        return mvc.perform(get("/api/claims/patients/{id}/coverages", patient).with(userOf(CLINIC, role)));
    }

    private ResultActions subscriber(String patient, String coverage, String clinic, String role) throws Exception {
        return mvc.perform(get("/api/claims/patients/{id}/coverages/{coverageId}/subscriber", patient, coverage)
                .with(userOf(clinic, role)));
    }

    private void send(IntegrationEvent event) {
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, event);
    }
}
