package io.claimline.patient.vault;

import static io.claimline.testsupport.TestActors.service;
import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PhiVaultApi;
import io.claimline.platform.phi.SealedValue;
import io.claimline.testsupport.ClaimlineServiceTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The PHI vault on real PostgreSQL: other services open and seal PHI as their own identity, per item, for a
 * stated purpose, and every call lands on the hash-chained access record.
 */
@ClaimlineServiceTest
class PhiVaultIT {

    private static final String CLINIC = "clinic-a";
    private static final String CLAIMS = "claims-service";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void aServiceOpensAPatientsNameAndDateOfBirthAndTheAccessIsRecorded() throws Exception {
        String patientId = registered("Ada", "Quillfeather", "1980-04-02");

        JsonNode answer = open(service(CLAIMS), "claim_submission", sealedDemographics(patientId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(this::tree);

        assertThat(values(answer)).containsExactly("Ada", "Quillfeather", "1980-04-02");
        assertThat(answer.findValuesAsText("outcome")).containsOnly("OPENED");
        JsonNode entry = latestEntry(patientId);
        assertThat(entry.get("operation").asText()).isEqualTo("open");
        assertThat(entry.get("service").asText()).isEqualTo(CLAIMS);
        assertThat(entry.get("actingUser").asText()).isEqualTo("biller-1");
        assertThat(entry.get("clinicId").asText()).isEqualTo(CLINIC);
        assertThat(entry.get("purpose").asText()).isEqualTo("claim_submission");
        assertThat(entry.get("items").findValuesAsText("field")).containsExactly("givenName", "familyName",
                "dateOfBirth");
        assertThat(entry.toString()).doesNotContain("Quillfeather").doesNotContain("1980-04-02");
    }

    @Test
    void eachItemAnswersForItselfAndAnErasedPatientIsErasedNotAFailedBatch() throws Exception {
        String kept = registered("Grace", "Hopper", "1976-12-09");
        String erased = registered("Alan", "Turing", "1962-06-23");
        String otherClinics = registered("clinic-b", "Edsger", "Dijkstra", "1960-05-11");
        List<PhiVault.SealedField> items = new ArrayList<>();
        items.add(sealedDemographics(kept).get(0));
        items.add(sealedDemographics(erased).get(0));
        items.add(sealedDemographics(otherClinics).get(0));
        SealedValue keptValue = sealedDemographics(kept).get(1).value();
        items.add(new PhiVault.SealedField(erased, "familyName", keptValue)); // someone else's key: not theirs
        mvc.perform(post("/api/patients/{id}/erasure", erased).with(userOf(CLINIC, "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"registered_in_error\"}"))
                .andExpect(status().isNoContent());

        JsonNode answer = tree(open(service(CLAIMS), "claim_submission", items).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(answer.findValuesAsText("outcome")).containsExactly("OPENED", "ERASED", "NOT_FOUND", "NOT_FOUND");
        assertThat(answer.get("items").get(0).get("value").asText()).isEqualTo("Grace");
        assertThat(answer.get("items").get(1).get("value").isNull()).isTrue();
    }

    @Test
    void aServiceSealsPhiThatArrivedElsewhereAndCanOpenItAgain() throws Exception {
        String patientId = registered("Ada", "Byron", "1915-12-10");
        var request = new PhiVaultApi.SealRequest(CLINIC, "biller-1", "claim_submission",
                List.of(new PhiVault.PlainField(patientId, "subscriberName", "Ada King")));

        JsonNode sealed = tree(mvc.perform(post(PhiVaultApi.SEAL_PATH).with(service(CLAIMS))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items").get(0);
        assertThat(sealed.get("outcome").asText()).isEqualTo("SEALED");
        assertThat(sealed.toString()).doesNotContain("Ada King");

        SealedValue value = json.treeToValue(sealed.get("value"), SealedValue.class);
        JsonNode opened = tree(open(service(CLAIMS), "claim_submission",
                List.of(new PhiVault.SealedField(patientId, "subscriberName", value)))
                .andReturn().getResponse().getContentAsString());
        assertThat(values(opened)).containsExactly("Ada King");
        assertThat(latestEntry(patientId).get("operation").asText()).isEqualTo("open");
    }

    @Test
    void anUnknownPurposeIsRefusedAndTheRefusalIsRecorded() throws Exception {
        String patientId = registered("Ada", "Quillfeather", "1980-04-02");

        open(service(CLAIMS), "marketing", sealedDemographics(patientId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"));

        JsonNode entry = latestEntry(patientId);
        assertThat(entry.get("outcome").asText()).isEqualTo("refused");
        assertThat(entry.get("purpose").asText()).isEqualTo("unknown");
        assertThat(entry.get("service").asText()).isEqualTo(CLAIMS);
    }

    @Test
    void aServiceMayStateOnlyItsOwnPurposes() throws Exception {
        String patientId = registered("Ada", "Quillfeather", "1980-04-02");

        open(service("collections-service"), "claim_submission", sealedDemographics(patientId))
                .andExpect(status().isForbidden());
        open(service("unknown-service"), "claim_submission", sealedDemographics(patientId))
                .andExpect(status().isForbidden());

        assertThat(latestEntry(patientId).get("detail").asText()).isEqualTo("purpose not allowed for this service");
    }

    @Test
    void billingMayOpenANameAndDateOfBirthForAGoodFaithEstimateAndClaimsMayNot() throws Exception {
        String patientId = registered("Ada", "Quillfeather", "1980-04-02");

        JsonNode opened = tree(open(service("billing-service"), "good_faith_estimate", sealedDemographics(patientId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(values(opened)).containsExactly("Ada", "Quillfeather", "1980-04-02");
        assertThat(latestEntry(patientId).get("purpose").asText()).isEqualTo("good_faith_estimate");

        open(service(CLAIMS), "good_faith_estimate", sealedDemographics(patientId))
                .andExpect(status().isForbidden());
        assertThat(latestEntry(patientId).get("detail").asText()).isEqualTo("purpose not allowed for this service");
    }

    @Test
    void onlyAServiceIdentityMayCallTheVault() throws Exception {
        String patientId = registered("Ada", "Quillfeather", "1980-04-02");
        var body = json.writeValueAsString(new PhiVaultApi.OpenRequest(CLINIC, "biller-1", "claim_submission",
                sealedDemographics(patientId)));

        mvc.perform(post(PhiVaultApi.OPEN_PATH).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        for (String role : new String[] {"biller", "admin", "auditor", "clinic_system"}) {
            mvc.perform(post(PhiVaultApi.OPEN_PATH).with(userOf(CLINIC, role))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theRecordVerifiesAndAnEditedEntryBreaksTheVerification() throws Exception {
        String patientId = registered("Ada", "Quillfeather", "1980-04-02");
        open(service(CLAIMS), "claim_submission", sealedDemographics(patientId)).andExpect(status().isOk());
        assertThat(verification().get("verified").asBoolean()).isTrue();
        long sequence = latestEntry(patientId).get("sequence").asLong();

        assertThat(jdbc.queryForList("SELECT tgname FROM pg_trigger WHERE tgrelid = 'phi_access_record'::regclass"))
                .isNotEmpty();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.update(
                "UPDATE phi_access_record SET acting_user = 'nobody' WHERE sequence = ?", sequence)))
                .as("the table refuses changes").isNotNull();
        String original = tamper(sequence, "nobody");
        try {
            JsonNode broken = verification();
            assertThat(broken.get("verified").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(sequence);
        } finally {
            tamper(sequence, original);
        }
        assertThat(verification().get("verified").asBoolean()).isTrue();
    }

    @Test
    void auditorsSeeTheirOwnClinicsEntriesOnly() throws Exception {
        String patientId = registered("Ada", "Quillfeather", "1980-04-02");
        open(service(CLAIMS), "claim_submission", sealedDemographics(patientId)).andExpect(status().isOk());

        mvc.perform(get("/api/phi-access-record").param("patientId", patientId).with(userOf("clinic-b", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/phi-access-record").with(userOf(CLINIC, "manager")))
                .andExpect(status().isForbidden());
    }

    /** An attacker with the database owner's rights: switches the trigger off, edits, switches it on. */
    private String tamper(long sequence, String actingUser) {
        String before = jdbc.queryForObject("SELECT acting_user FROM phi_access_record WHERE sequence = ?",
                String.class, sequence);
        jdbc.execute("ALTER TABLE phi_access_record DISABLE TRIGGER phi_access_record_no_update");
        try {
            jdbc.update("UPDATE phi_access_record SET acting_user = ? WHERE sequence = ?", actingUser, sequence);
        } finally {
            jdbc.execute("ALTER TABLE phi_access_record ENABLE TRIGGER phi_access_record_no_update");
        }
        return before;
    }

    private JsonNode verification() throws Exception {
        return tree(mvc.perform(get("/api/phi-access-record/verification").with(userOf(CLINIC, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode latestEntry(String patientId) throws Exception {
        JsonNode entries = tree(mvc.perform(get("/api/phi-access-record").param("patientId", patientId)
                        .with(userOf(CLINIC, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(entries.size()).isPositive();
        return entries.get(entries.size() - 1);
    }

    private ResultActions open(RequestPostProcessor caller, String purpose, List<PhiVault.SealedField> items)
            throws Exception {
        return mvc.perform(post(PhiVaultApi.OPEN_PATH).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new PhiVaultApi.OpenRequest(CLINIC, "biller-1", purpose, items))));
    }

    /** The sealed values as other services hold them (the same ciphertexts patient-service publishes). */
    private List<PhiVault.SealedField> sealedDemographics(String patientId) {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT key_id, given_name, family_name, date_of_birth FROM rm_patient_summary WHERE patient_id = ?",
                UUID.fromString(patientId));
        String keyId = (String) row.get("key_id");
        return List.of(
                new PhiVault.SealedField(patientId, "givenName", new SealedValue(keyId, (String) row.get("given_name"))),
                new PhiVault.SealedField(patientId, "familyName",
                        new SealedValue(keyId, (String) row.get("family_name"))),
                new PhiVault.SealedField(patientId, "dateOfBirth",
                        new SealedValue(keyId, (String) row.get("date_of_birth"))));
    }

    private String registered(String givenName, String familyName, String dateOfBirth) throws Exception {
        return registered(CLINIC, givenName, familyName, dateOfBirth);
    }

    private String registered(String clinic, String givenName, String familyName, String dateOfBirth)
            throws Exception {
        String body = json.writeValueAsString(Map.of("givenName", givenName, "familyName", familyName,
                "dateOfBirth", dateOfBirth));
        String patientId = tree(mvc.perform(post("/api/patients").with(userOf(clinic, "clinic_system"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("patientId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_patient_summary WHERE patient_id = ?", Long.class,
                UUID.fromString(patientId)) == 1);
        return patientId;
    }

    private static List<String> values(JsonNode answer) {
        List<String> values = new ArrayList<>();
        answer.get("items").forEach(item -> values.add(item.get("value").asText()));
        return values;
    }

    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
