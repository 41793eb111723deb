package io.claimline.patient.operations;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.patient.registry.query.PatientSummaryProjection;
import io.claimline.testsupport.ClaimlineServiceTest;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The platform's read-model operations in a real service: the reconciliation replays the events into shadow tables
 * and compares them with the live read model for the caller's clinic, and drops its shadow schema whatever
 * happened; a rebuild empties and refills the read model, and the list shows when it caught up.
 */
@ClaimlineServiceTest
class ReadModelOperationsIT {

    private static final String CLINIC = "clinic-reconcile";
    private static final String OTHER_CLINIC = "clinic-reconcile-other";
    private static final String OPERATIONS = "/api/patients/operations";
    private static final String BODY = """
            {"givenName": "Replay", "familyName": "Shadowfax", "dateOfBirth": "1971-07-07"}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void aFreshReplayMatchesTheLiveReadModelAndLeavesNoShadowSchemaBehind() throws Exception {
        for (int i = 0; i < 3; i++) {
            register(CLINIC);
        }

        JsonNode check = theOnlyCheck(reconcileAs(CLINIC));

        assertThat(check.get("processingGroup").asText()).isEqualTo(PatientSummaryProjection.PROCESSING_GROUP);
        assertThat(check.get("table").asText()).isEqualTo("rm_patient_summary");
        assertThat(check.get("outcome").asText()).isEqualTo("matches");
        assertThat(check.get("rows").asLong()).isEqualTo(rowsOf(CLINIC)).isGreaterThanOrEqualTo(3);
        assertThat(check.get("replayedRows").asLong()).isEqualTo(check.get("rows").asLong());
        assertThat(check.get("replayedChecksum").asText()).isEqualTo(check.get("checksum").asText());
        assertThat(check.get("eventsReplayed").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(shadowSchemas()).isZero();
    }

    @Test
    void aRowThatNoLongerEqualsItsEventsIsReportedToItsOwnClinicOnly() throws Exception {
        String tampered = register(CLINIC);
        register(OTHER_CLINIC);
        jdbc.update("UPDATE rm_patient_summary SET registered_at = registered_at + interval '1 second' "
                + "WHERE patient_id = ?::uuid", tampered);
        try {
            JsonNode mine = theOnlyCheck(reconcileAs(CLINIC));
            JsonNode theirs = theOnlyCheck(reconcileAs(OTHER_CLINIC));

            assertThat(mine.get("outcome").asText()).isEqualTo("differs");
            assertThat(mine.get("checksum").asText()).isNotEqualTo(mine.get("replayedChecksum").asText());
            assertThat(theirs.get("outcome").asText()).isEqualTo("matches");
            assertThat(theirs.get("rows").asLong()).isEqualTo(rowsOf(OTHER_CLINIC));
        } finally {
            jdbc.update("UPDATE rm_patient_summary SET registered_at = registered_at - interval '1 second' "
                    + "WHERE patient_id = ?::uuid", tampered);
        }
        assertThat(theOnlyCheck(reconcileAs(CLINIC)).get("outcome").asText()).isEqualTo("matches");
    }

    @Test
    void aReplayThatFailsNamesTheEventAndStillDropsItsShadowSchema() throws Exception {
        register(CLINIC);
        // Copied into the shadow table with the others (LIKE ... INCLUDING ALL): every replayed row breaks it.
        jdbc.execute("ALTER TABLE rm_patient_summary ADD CONSTRAINT reconcile_probe CHECK (version < 0) NOT VALID");
        JsonNode check;
        try {
            check = theOnlyCheck(reconcileAs(CLINIC));
        } finally {
            jdbc.execute("ALTER TABLE rm_patient_summary DROP CONSTRAINT reconcile_probe");
        }

        assertThat(check.get("outcome").asText()).isEqualTo("replay-failed");
        assertThat(check.get("detail").asText()).matches("the replay failed at event [0-9a-f-]{36} \\(.+\\)");
        assertThat(shadowSchemas()).isZero();
    }

    @Test
    void aRebuildEmptiesAndRefillsTheReadModelAndTheListShowsWhenItCaughtUp() throws Exception {
        register(CLINIC);
        register(OTHER_CLINIC);
        await().until(() -> summaryStatus().get("caughtUp").asBoolean());
        String before = wholeTableChecksum();
        long rowsBefore = jdbc.queryForObject("SELECT count(*) FROM rm_patient_summary", Long.class);

        mvc.perform(post(OPERATIONS + "/read-models/{group}/rebuild", PatientSummaryProjection.PROCESSING_GROUP)
                        .with(userOf(CLINIC, "admin")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.processingGroup").value(PatientSummaryProjection.PROCESSING_GROUP));

        await().atMost(Duration.ofSeconds(60)).until(() -> summaryStatus().get("caughtUp").asBoolean());
        JsonNode status = summaryStatus();
        assertThat(status.get("position").asLong()).isGreaterThanOrEqualTo(status.get("head").asLong());
        assertThat(status.get("tables")).extracting(JsonNode::asText).contains("rm_patient_summary");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_patient_summary", Long.class)).isEqualTo(rowsBefore);
        assertThat(wholeTableChecksum()).isEqualTo(before);
    }

    @Test
    void aPublisherIsNeverRebuiltAndAnUnknownGroupIsNotFound() throws Exception {
        mvc.perform(post(OPERATIONS + "/read-models/patient-events-publisher/rebuild").with(userOf(CLINIC, "admin")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("conflict"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not a projection")));
        mvc.perform(post(OPERATIONS + "/read-models/no-such-group/rebuild").with(userOf(CLINIC, "admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    private String register(String clinicId) throws Exception {
        String answer = mvc.perform(post("/api/patients").with(userOf(clinicId, "clinic_system"))
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("patientId").asText();
    }

    private JsonNode reconcileAs(String clinicId) throws Exception {
        String answer = mvc.perform(post(OPERATIONS + "/reconciliation/read-models")
                        .with(userOf(clinicId, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    /**
     * The check of rm_patient_summary; the service's other read models (coverages, duplicates, blind keys,
     * guarantors, payers) are checked beside it, one check per table.
     */
    private static JsonNode theOnlyCheck(JsonNode checks) {
        assertThat(StreamSupport.stream(checks.spliterator(), false).map(c -> c.get("processingGroup").asText()))
                .contains(PatientSummaryProjection.PROCESSING_GROUP, "payer-directory", "patient-matching",
                        "guarantors");
        return StreamSupport.stream(checks.spliterator(), false)
                .filter(c -> c.get("table").asText().equals("rm_patient_summary"))
                .findFirst().orElseThrow();
    }

    private JsonNode summaryStatus() throws Exception {
        String answer = mvc.perform(get(OPERATIONS + "/read-models").with(userOf(CLINIC, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return StreamSupport.stream(json.readTree(answer).spliterator(), false)
                .filter(group -> group.get("processingGroup").asText().equals(PatientSummaryProjection.PROCESSING_GROUP))
                .findFirst().orElseThrow();
    }

    private long rowsOf(String clinicId) {
        return jdbc.queryForObject("SELECT count(*) FROM rm_patient_summary WHERE clinic_id = ?", Long.class, clinicId);
    }

    private long shadowSchemas() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'reconcile\\_%'", Long.class);
    }

    private String wholeTableChecksum() {
        return jdbc.queryForObject("SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.patient_id), '')) "
                + "FROM rm_patient_summary r", String.class);
    }
}
