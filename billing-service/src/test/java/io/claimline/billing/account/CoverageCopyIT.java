package io.claimline.billing.account;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.Coverage;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.TestInfrastructure;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** billing keeps what an estimate needs of each coverage, from the coverage and eligibility events, once each. */
@ClaimlineServiceTest
class CoverageCopyIT {

    private static final String CLINIC = "clinic-a";
    private static final String PAYER = "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    @Test
    void coveragesTheirEligibilityAndTheirOrderAreKeptWithoutMemberIdOrSubscriber() throws Exception {
        String patient = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Coverage primary = PublishedEvents.coverage(first, PAYER);
        IntegrationEvent added = PublishedEvents.coverageAdded(patient, primary, CLINIC, 1);
        send(PublishedEvents.patientRegistered(patient, CLINIC));
        send(added);
        send(added);
        send(PublishedEvents.eligibilityChecked(patient, first, "ACTIVE", CLINIC, 2));
        send(PublishedEvents.coverageAdded(patient, secondary(second), CLINIC, 3));
        Map<String, String> swapped = new LinkedHashMap<>();
        swapped.put(first, "SECONDARY");
        swapped.put(second, "PRIMARY");
        send(PublishedEvents.coveragesReordered(patient, swapped, CLINIC, 4));
        // A change carries the whole new terms, its priority as reordered included.
        send(PublishedEvents.coverageChanged(patient, renamed(priority(secondary(second), "PRIMARY"), "SILVER HMO"),
                CLINIC, 5));
        send(PublishedEvents.coverageEnded(patient, first, LocalDate.parse("2026-11-30"), CLINIC, 6));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> coverages(patient, "front_desk")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].coverageId").value(second))
                .andExpect(jsonPath("$[0].priority").value("PRIMARY"))
                .andExpect(jsonPath("$[0].planName").value("SILVER HMO"))
                .andExpect(jsonPath("$[0].ended").value(false))
                .andExpect(jsonPath("$[0].eligibility").doesNotExist())
                .andExpect(jsonPath("$[1].coverageId").value(first))
                .andExpect(jsonPath("$[1].priority").value("SECONDARY"))
                .andExpect(jsonPath("$[1].ended").value(true))
                .andExpect(jsonPath("$[1].terminationDate").value("2026-11-30"))
                .andExpect(jsonPath("$[1].payerId").value(PAYER))
                .andExpect(jsonPath("$[1].benefits.copay").value(25.00))
                .andExpect(jsonPath("$[1].benefits.coinsurance").value(0.2))
                .andExpect(jsonPath("$[1].eligibility.status").value("ACTIVE"))
                .andExpect(jsonPath("$[1].eligibility.planEnd").value("2026-12-31"))
                .andExpect(jsonPath("$[1].memberId").doesNotExist())
                .andExpect(jsonPath("$[1].subscriber").doesNotExist()));
        assertThat(jdbc.queryForObject("SELECT applied_events FROM rm_coverage_copy WHERE coverage_id = ?::uuid",
                Integer.class, first)).as("added, checked, reordered, ended: each once").isEqualTo(4);
        coverages(patient, "collections").andExpect(status().isForbidden());
        mvc.perform(get("/api/billing/patients/{id}/coverages", patient).with(userOf("clinic-b", "biller")))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aChangeToACoverageNeverAddedIsRefusedAndALateOneNeverOverwritesANewer() throws Exception {
        String patient = UUID.randomUUID().toString();
        String coverage = UUID.randomUUID().toString();
        IntegrationEvent orphan = PublishedEvents.eligibilityChecked(patient, UUID.randomUUID().toString(),
                "INACTIVE", CLINIC, 1);
        send(orphan);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM integration_refused WHERE event_id = ?", Long.class, orphan.eventId()) == 1);
        assertThat(jdbc.queryForObject("SELECT reason FROM integration_refused WHERE event_id = ?", String.class,
                orphan.eventId())).isEqualTo("no coverage was applied for this coverage id and patient");

        send(PublishedEvents.coverageAdded(patient, PublishedEvents.coverage(coverage, PAYER), CLINIC, 2));
        send(PublishedEvents.coverageChanged(patient, renamed(PublishedEvents.coverage(coverage, PAYER), "NEWER"),
                CLINIC, 4));
        send(PublishedEvents.coverageChanged(patient, renamed(PublishedEvents.coverage(coverage, PAYER), "OLDER"),
                CLINIC, 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT applied_events FROM rm_coverage_copy WHERE coverage_id = ?::uuid", Integer.class,
                coverage) == 3);
        coverages(patient, "biller").andExpect(jsonPath("$[0].planName").value("NEWER"))
                .andExpect(jsonPath("$[0].lastSequence").value(4));
    }

    private static Coverage secondary(String coverageId) {
        Coverage c = PublishedEvents.coverage(coverageId, PAYER);
        return new Coverage(c.coverageId(), c.payerId(), c.planName(), c.memberId(), c.groupNumber(),
                c.relationship(), c.subscriber(), "SECONDARY", c.effectiveDate(), null, null);
    }

    private static Coverage priority(Coverage c, String priority) {
        return new Coverage(c.coverageId(), c.payerId(), c.planName(), c.memberId(), c.groupNumber(),
                c.relationship(), c.subscriber(), priority, c.effectiveDate(), c.terminationDate(), c.benefits());
    }

    private static Coverage renamed(Coverage c, String planName) {
        return new Coverage(c.coverageId(), c.payerId(), planName, c.memberId(), c.groupNumber(), c.relationship(),
                c.subscriber(), c.priority(), c.effectiveDate(), c.terminationDate(), c.benefits());
    }

    private ResultActions coverages(String patient, String role) throws Exception {
        return mvc.perform(get("/api/billing/patients/{id}/coverages", patient).with(userOf(CLINIC, role)));
    }

    private void send(IntegrationEvent event) {
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, event);
    }
}
