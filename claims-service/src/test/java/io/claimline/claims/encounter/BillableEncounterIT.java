package io.claimline.claims.encounter;

import static io.claimline.testsupport.PublishedEncounterEvents.details;
import static io.claimline.testsupport.PublishedEncounterEvents.encounterAmended;
import static io.claimline.testsupport.PublishedEncounterEvents.encounterConfirmed;
import static io.claimline.testsupport.PublishedEncounterEvents.encounterVoided;
import static io.claimline.testsupport.PublishedEncounterEvents.line;
import static io.claimline.testsupport.PublishedEncounterEvents.withLines;
import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.encounters.v1.EncounterDetails;
import io.claimline.platform.security.Roles;
import io.claimline.testsupport.AuthorizationMatrix;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEncounterEvents;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.TestActors;
import io.claimline.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Confirmed encounters from billing become billable encounters, kept at their newest revision, per clinic. */
@ClaimlineServiceTest
class BillableEncounterIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());
    private final String clinic = "clinic-enc-" + UUID.randomUUID();
    private final String encounterId = UUID.randomUUID().toString();
    private final String patientId = UUID.randomUUID().toString();
    private final String coverageId = UUID.randomUUID().toString();
    private final String payerId = UUID.randomUUID().toString();

    @Test
    void aConfirmedEncounterIsStoredAtRevisionOneWithEveryFieldOfEveryLine() throws Exception {
        EncounterDetails details = details(patientId, coverageId, payerId);
        send(encounterConfirmed(encounterId, clinic, 2, details));

        await().atMost(WAIT).untilAsserted(() -> read(encounterId, clinic).andExpect(status().isOk()));
        read(encounterId, clinic)
                .andExpect(jsonPath("$.encounterId").value(encounterId))
                .andExpect(jsonPath("$.status").value("BILLABLE"))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.patientId").value(patientId))
                .andExpect(jsonPath("$.currentPatientId").value(patientId))
                .andExpect(jsonPath("$.coverageId").value(coverageId))
                .andExpect(jsonPath("$.payerId").value(payerId))
                .andExpect(jsonPath("$.selfPay").value(false))
                .andExpect(jsonPath("$.serviceFrom").value("2026-11-27"))
                .andExpect(jsonPath("$.serviceTo").value("2026-11-27"))
                .andExpect(jsonPath("$.placeOfService").value("11"))
                .andExpect(jsonPath("$.locationId").value(PublishedEncounterEvents.LOCATION_ID))
                .andExpect(jsonPath("$.renderingProvider.providerId")
                        .value(PublishedEncounterEvents.RENDERING.providerId()))
                .andExpect(jsonPath("$.renderingProvider.npi").value("1112223338"))
                .andExpect(jsonPath("$.renderingProvider.givenName").value("Grace"))
                .andExpect(jsonPath("$.renderingProvider.familyName").value("Hopper"))
                .andExpect(jsonPath("$.renderingProvider.taxonomy").value("207Q00000X"))
                .andExpect(jsonPath("$.billingProvider.npi").value("1234567893"))
                .andExpect(jsonPath("$.billingProvider.taxId").value("123456789"))
                .andExpect(jsonPath("$.billingProvider.legalName").value("Riverside Family Medicine LLC"))
                .andExpect(jsonPath("$.billingProvider.taxonomy").value("207Q00000X"))
                .andExpect(jsonPath("$.referringProvider.npi").value("1245319599"))
                .andExpect(jsonPath("$.referringProvider.givenName").value("Alan"))
                .andExpect(jsonPath("$.referringProvider.familyName").value("Turing"))
                .andExpect(jsonPath("$.diagnoses", contains("E119", "I10")))
                .andExpect(jsonPath("$.totalCharge.amount").value("190.00"))
                .andExpect(jsonPath("$.totalCharge.currency").value("USD"))
                .andExpect(jsonPath("$.expectedReimbursement.amount").value("109.67"))
                .andExpect(jsonPath("$.confirmation.confirmedBy").value("provider-1112223338"))
                .andExpect(jsonPath("$.confirmation.onBehalfReason").value(nullValue()))
                .andExpect(jsonPath("$.confirmation.confirmedAt").value("2026-11-27T16:42:10Z"))
                .andExpect(jsonPath("$.lastAmendment").value(nullValue()))
                .andExpect(jsonPath("$.voided").value(nullValue()))
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.lines[0].lineId").value(details.lines().get(0).lineId()))
                .andExpect(jsonPath("$.lines[0].lineNumber").value(1))
                .andExpect(jsonPath("$.lines[0].serviceDate").value("2026-11-27"))
                .andExpect(jsonPath("$.lines[0].procedureCode").value("99213"))
                .andExpect(jsonPath("$.lines[0].modifiers", contains("25")))
                .andExpect(jsonPath("$.lines[0].units").value(1))
                .andExpect(jsonPath("$.lines[0].diagnosisPointers", contains(1, 2)))
                .andExpect(jsonPath("$.lines[0].charge.amount").value("150.00"))
                .andExpect(jsonPath("$.lines[0].chargeOverrideReason").value(nullValue()))
                .andExpect(jsonPath("$.lines[0].expectedReimbursement.amount").value("92.47"))
                .andExpect(jsonPath("$.lines[0].note.keyId").value(PublishedEncounterEvents.NOTE.keyId()))
                .andExpect(jsonPath("$.lines[0].note.ciphertext").value(PublishedEncounterEvents.NOTE.ciphertext()))
                .andExpect(jsonPath("$.lines[1].note").value(nullValue()))
                .andExpect(jsonPath("$.lines[1].lineId").value(details.lines().get(1).lineId()))
                .andExpect(jsonPath("$.lines[1].lineNumber").value(2))
                .andExpect(jsonPath("$.lines[1].procedureCode").value("93000"))
                .andExpect(jsonPath("$.lines[1].modifiers").isEmpty())
                .andExpect(jsonPath("$.lines[1].diagnosisPointers", contains(1)))
                .andExpect(jsonPath("$.lines[1].charge.amount").value("40.00"))
                .andExpect(jsonPath("$.lines[1].chargeOverrideReason").value("tracing repeated at no extra charge"))
                .andExpect(jsonPath("$.lines[1].expectedReimbursement.amount").value("17.20"));

        mvc.perform(get("/api/claims/encounters").with(userOf(clinic, "biller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].encounterId", contains(encounterId)))
                .andExpect(jsonPath("$.items[0].lineCount").value(2))
                .andExpect(jsonPath("$.items[0].totalCharge.amount").value("190.00"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
    }

    @Test
    void aSelfPayEncounterHasNoCoveragePayerOrExpectedReimbursement() throws Exception {
        send(encounterConfirmed(encounterId, clinic, 2, PublishedEncounterEvents.selfPay(patientId)));

        await().atMost(WAIT).untilAsserted(() -> read(encounterId, clinic).andExpect(status().isOk()));
        read(encounterId, clinic)
                .andExpect(jsonPath("$.selfPay").value(true))
                .andExpect(jsonPath("$.coverageId").value(nullValue()))
                .andExpect(jsonPath("$.payerId").value(nullValue()))
                .andExpect(jsonPath("$.referringProvider").value(nullValue()))
                .andExpect(jsonPath("$.expectedReimbursement").value(nullValue()))
                .andExpect(jsonPath("$.lines[0].expectedReimbursement").value(nullValue()))
                .andExpect(jsonPath("$.totalCharge.amount").value("150.00"));
    }

    @Test
    void aNewerAmendmentReplacesTheEncounterAndAStaleOneChangesNothing() throws Exception {
        EncounterDetails confirmed = details(patientId, coverageId, payerId);
        EncounterDetails third = withLines(confirmed, List.of(
                line(1, "99214", List.of("25"), 1, List.of(1, 2), "210.00", null, "131.10"),
                line(3, "36415", List.of(), 2, List.of(1), "24.00", null, "6.00")));
        EncounterDetails second = withLines(confirmed, List.of(
                line(1, "99213", List.of("25", "59"), 1, List.of(2), "150.00", null, "92.47")));
        send(encounterConfirmed(encounterId, clinic, 2, confirmed));
        // Revision 2 was lost on the way (a gap is fine: an amendment carries the whole encounter).
        send(encounterAmended(encounterId, clinic, 5, 3, third, "level of service raised; venipuncture added"));
        send(encounterAmended(encounterId, clinic, 4, 2, second, "a late re-drive of an older revision"));

        await().atMost(WAIT).until(() -> appliedEvents(encounterId) == 3);
        read(encounterId, clinic)
                .andExpect(jsonPath("$.revision").value(3))
                .andExpect(jsonPath("$.lastAmendment.reason").value("level of service raised; venipuncture added"))
                .andExpect(jsonPath("$.lastAmendment.amendedBy").value("provider-1112223338"))
                .andExpect(jsonPath("$.lines[*].procedureCode", contains("99214", "36415")))
                .andExpect(jsonPath("$.lines[1].lineNumber").value(3))
                .andExpect(jsonPath("$.lines[1].units").value(2))
                .andExpect(jsonPath("$.lines[0].modifiers", contains("25")))
                .andExpect(jsonPath("$.totalCharge.amount").value("234.00"))
                .andExpect(jsonPath("$.expectedReimbursement.amount").value("137.10"))
                .andExpect(jsonPath("$.confirmation.confirmedBy").value("provider-1112223338"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_billable_encounter_line WHERE encounter_id = ?::uuid",
                Integer.class, encounterId)).as("the old lines are gone").isEqualTo(2);
    }

    @Test
    void aVoidedEncounterIsNoLongerBillable() throws Exception {
        send(encounterConfirmed(encounterId, clinic, 2, details(patientId, coverageId, payerId)));
        send(encounterVoided(encounterId, clinic, 3, 1, "recorded on the wrong patient"));

        await().atMost(WAIT).until(() -> appliedEvents(encounterId) == 2);
        read(encounterId, clinic)
                .andExpect(jsonPath("$.status").value("VOIDED"))
                .andExpect(jsonPath("$.voided.reason").value("recorded on the wrong patient"))
                .andExpect(jsonPath("$.voided.voidedBy").value("biller-1"))
                .andExpect(jsonPath("$.voided.voidedAt").value("2026-11-28T16:42:10Z"));
        mvc.perform(get("/api/claims/encounters").param("status", "BILLABLE").with(userOf(clinic, "biller")))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/claims/encounters").param("status", "VOIDED").with(userOf(clinic, "auditor")))
                .andExpect(jsonPath("$.items[*].encounterId", contains(encounterId)));
    }

    @Test
    void anAmendmentOfAnEncounterNeverConfirmedIsRefusedWhereOperatorsSeeIt() throws Exception {
        IntegrationEvent amendment = encounterAmended(encounterId, clinic, 3, 2,
                details(patientId, coverageId, payerId), "amended before its confirmation arrived");
        send(amendment);

        await().atMost(WAIT).untilAsserted(() ->
                mvc.perform(get("/api/claims/operations/refused-events").with(userOf(clinic, "admin")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[?(@.eventId == '" + amendment.eventId() + "')].eventType")
                                .value("EncounterAmended")));
        assertThat(jdbc.queryForObject("SELECT reason FROM integration_refused WHERE event_id = ?", String.class,
                amendment.eventId())).isEqualTo("no confirmation was applied for this encounter in this clinic");
        read(encounterId, clinic).andExpect(status().isNotFound());
    }

    @Test
    void anotherClinicsEncounterIsNotFoundNorListed() throws Exception {
        send(encounterConfirmed(encounterId, clinic, 2, details(patientId, coverageId, payerId)));
        await().atMost(WAIT).untilAsserted(() -> read(encounterId, clinic).andExpect(status().isOk()));

        read(encounterId, "clinic-b")
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/claims/encounters").with(userOf("clinic-b", "biller")))
                .andExpect(jsonPath("$.items[?(@.encounterId == '" + encounterId + "')]").isEmpty());
    }

    @Test
    void anEncounterOfAMergedPatientAnswersWithTheSurvivor() throws Exception {
        String survivor = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(patientId, clinic));
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(survivor, clinic));
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1,
                PublishedEvents.patientMerged(patientId, survivor, clinic, 1));
        send(encounterConfirmed(encounterId, clinic, 2, details(patientId, coverageId, payerId)));

        await().atMost(WAIT).untilAsserted(() -> read(encounterId, clinic)
                .andExpect(jsonPath("$.patientId").value(patientId))
                .andExpect(jsonPath("$.currentPatientId").value(survivor)));
        mvc.perform(get("/api/claims/encounters").with(userOf(clinic, "manager")))
                .andExpect(jsonPath("$.items[0].currentPatientId").value(survivor));
    }

    @Test
    void anUnknownStatusIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/claims/encounters").param("status", "PAID").with(userOf(clinic, "biller")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theEncounterEndpointsKeepTheRoleTable() throws Exception {
        String openApi = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        List<String> violations = AuthorizationMatrix.documented(AuthorizationMatrix.repositoryRoot())
                .violations("claims-service", AuthorizationMatrix.read(openApi), (role, method, path, body) -> {
                    try {
                        return mvc.perform(request(HttpMethod.valueOf(method), path).with(Roles.SERVICE.equals(role)
                                ? TestActors.service("billing-service") : userOf(clinic, role)))
                                .andReturn().getResponse().getStatus();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });

        assertThat(violations).filteredOn(violation -> violation.contains("/api/claims/encounters")).isEmpty();
    }

    private ResultActions read(String id, String clinicId) throws Exception {
        return mvc.perform(get("/api/claims/encounters/{id}", id).with(userOf(clinicId, "biller")));
    }

    private void send(IntegrationEvent event) {
        PublishedEvents.send(kafka, Topics.ENCOUNTER_EVENTS_V1, event);
    }

    private int appliedEvents(String id) {
        return jdbc.query("SELECT applied_events FROM rm_billable_encounter WHERE encounter_id = ?::uuid",
                (rs, n) -> rs.getInt(1), id).stream().findFirst().orElse(0);
    }
}
