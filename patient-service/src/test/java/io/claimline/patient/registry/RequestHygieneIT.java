package io.claimline.patient.registry;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.testsupport.ClaimlineServiceTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.axonframework.updates.UpdateChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What an adversarial probe of the running service found, each pinned: strict JSON, names, 428, RYW, logs. */
@ClaimlineServiceTest
@ExtendWith(OutputCaptureExtension.class)
class RequestHygieneIT {

    private static final String CLINIC = "clinic-a";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ObjectProvider<UpdateChecker> updateCheckers;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"givenName\": \"Ada\", \"givenName\": \"Eve\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"}",
        "{\"givenName\": \"Ada\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"} trailing",
        "{\"givenName\": \"Ada\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"} {\"second\": 1}",
        "{\"givenName\": 42, \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"}",
        "{\"givenName\": \"Ada\", \"familyName\": true, \"dateOfBirth\": \"1980-04-02\"}",
        "{\"givenName\": \"Ada\", \"familyName\": \"Quill\", \"dateOfBirth\": [1980, 4, 2]}",
        "{\"givenName\": \"Ada\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02T00:00:00\"}",
        "{\"givenName\": \"Ada\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02T00:00:00Z\"}",
        "{\"givenName\": \"Ada\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-02-30\"}",
        "{\"givenName\": \"Ada\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\", \"ssn\": \"x\"}",
        "{\"givenName\": \"A\\ud800da\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"}",
        "{\"givenName\": \"\\u200b\\u200b\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"}",
        "{\"givenName\": \"\\u202e\\u2066\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"}",
        "{\"givenName\": \"Ada\\u202eevE\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"}",
        "{\"givenName\": \"1234\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"}"
    })
    void aLenientOrDeceptiveBodyIsRefusedWith400(String body) throws Exception {
        mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aNameIsStoredInOneSpellingNfc() throws Exception {
        String decomposed = "{\"givenName\": \"Zoe\\u0301\", \"familyName\": \"Quill\", \"dateOfBirth\": \"1980-04-02\"}";

        String patientId = register(decomposed);

        assertThat(read(patientId).get("givenName").asText()).isEqualTo("Zo\u00e9");
    }

    @Test
    void aClientReadsItsOwnWriteAtOnce() throws Exception {
        for (int i = 0; i < 10; i++) {
            String patientId = register("{\"givenName\": \"Ada\", \"familyName\": \"Ryw" + i
                    + "\", \"dateOfBirth\": \"1980-04-02\"}");
            assertThat(read(patientId).get("familyName").asText()).isEqualTo("Ryw" + i);

            MvcResult changed = mvc.perform(put("/api/patients/{id}/demographics", patientId)
                            .with(userOf(CLINIC, "clinic_system")).header("If-Match", "\"0\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"givenName\": \"Ada\", \"familyName\": \"Changed" + i
                                    + "\", \"dateOfBirth\": \"1980-04-02\"}"))
                    .andExpect(status().isNoContent()).andReturn();
            assertThat(changed.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
            JsonNode after = read(patientId);
            assertThat(after.get("familyName").asText()).isEqualTo("Changed" + i);
            assertThat(after.get("version").asLong()).isEqualTo(1);
        }
    }

    @Test
    void anExpectedRefusalLogsOneLineWithoutPhiOrStackTrace(CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\": \"Ottoline\", \"familyName\": \"Vandersloot\", "
                                + "\"dateOfBirth\": \"1870-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value("must be within the last 130 years"));

        String logged = output.getAll().substring(before);
        List<String> refusals = Arrays.stream(logged.split("\n")).filter(line -> line.contains("refused")).toList();
        assertThat(refusals).hasSize(1);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("Exception occurred")
                .doesNotContain("Vandersloot").doesNotContain("1870-01-01");
        assertThat(logged.length()).as("bytes logged for one refused request").isLessThan(1000);
    }

    @Test
    void theServiceItselfRefusesAnOversizedBodyWith413() throws Exception {
        byte[] twoMegabytes = ("{\"givenName\": \"" + "A".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system"))
                        .contentType(MediaType.APPLICATION_JSON).content(twoMegabytes))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("payload-too-large"));
    }

    @Test
    void axonReportsNoUsageDataToAnOutsideHost() {
        // Axon's auto-configuration starts its checker unless its usage properties say disabled.
        assertThat(updateCheckers.stream().noneMatch(UpdateChecker::isStarted)).isTrue();
    }

    private String register(String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("patientId").asText();
    }

    private JsonNode read(String patientId) throws Exception {
        MvcResult result = mvc.perform(get("/api/patients/{id}", patientId).with(userOf(CLINIC, "clinic_system")))
                .andExpect(status().isOk()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }
}
