package io.claimline.testsupport.codes;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A service loads the code sets into its own database through its REST API and checks codes by date of service:
 * the scenarios billing-service and claims-service each prove on their own database. A service's IT extends this
 * with {@code @ClaimlineServiceTest} and its code-set path (e.g. {@code /api/billing/code-sets}).
 *
 * <p>The shipped samples are read from the codesets module on the service's classpath. The CPT codes here carry
 * made-up descriptions ("test code"): CPT descriptions are AMA-licensed and the repository ships none.
 */
public abstract class CodeSetScenarios {

    private static final String ICD = "/codesets/samples/icd10cm_order_2026_sample.txt";
    private static final String HCPCS = "/codesets/samples/HCPC2026_JAN_ANWEB_sample.txt";
    private static final String POS = "/codesets/place-of-service/pos_codes.txt";
    private static final String CPT_TEST_FILE = "# made-up descriptions: CPT descriptions are AMA-licensed\n"
            + "99213\ttest code one\n99214\ttest code two\n3074F\ttest code three\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired private MockMvc mvc;
    @Autowired private MeterRegistry meters;

    private final String path;
    private final String clinic = "clinic-" + UUID.randomUUID().toString().substring(0, 8);

    protected CodeSetScenarios(String codeSetsPath) {
        this.path = codeSetsPath;
    }

    @Test
    void theSamplesLoadOnceAndCodesAreCheckedByDateOfService() throws Exception {
        double loadedBefore = loads("loaded") + loads("already_loaded");
        loadSamples();
        MockHttpServletResponse again = upload(clinic, "ICD_10_CM?fiscalYear=2026&fileName=icd.txt", resource(ICD));

        assertThat(again.getStatus()).as("the same file again").isEqualTo(200);
        JsonNode reload = json(again);
        assertThat(reload.path("alreadyLoaded").asBoolean()).isTrue();
        assertThat(reload.path("file").path("scope").asText()).isEqualTo("SHARED");
        assertThat(reload.path("file").path("entries").asInt()).isEqualTo(46);
        assertThat(reload.path("file").path("sha256").asText()).hasSize(64);
        assertThat(reload.path("file").path("effectiveFrom").asText()).isEqualTo("2025-10-01");
        assertThat(reload.path("file").path("effectiveThrough").asText()).isEqualTo("2026-09-30");
        assertThat(loads("loaded") + loads("already_loaded")).isEqualTo(loadedBefore + 4);
        assertThat(files(clinic).stream().filter(file -> file.path("kind").asText().equals("ICD_10_CM")))
                .as("stored once").hasSize(1);

        JsonNode diabetes = lookup(clinic, "ICD_10_CM/E11.9?date=2026-03-02");
        assertThat(diabetes.path("membership").asText()).isEqualTo("VALID");
        assertThat(diabetes.path("code").asText()).isEqualTo("E119");
        assertThat(diabetes.path("acceptable").asBoolean()).isTrue();
        assertThat(diabetes.path("description").asText()).startsWith("Type 2 diabetes mellitus");
        assertThat(diabetes.path("ranges").get(0).path("from").asText()).isEqualTo("2025-10-01");
        assertThat(membership(clinic, "ICD_10_CM/E119?date=2026-10-01")).as("after FY 2026")
                .isEqualTo("NOT_VALID_ON_DATE");
        assertThat(membership(clinic, "ICD_10_CM/E11?date=2026-03-02")).as("a header").isEqualTo("NOT_BILLABLE");
        assertThat(membership(clinic, "ICD_10_CM/C50.911?date=2026-03-02")).isEqualTo("UNKNOWN");
        assertThat(membership(clinic, "HCPCS_LEVEL_II/G0438?date=2026-03-02")).isEqualTo("VALID");
        assertThat(membership(clinic, "HCPCS_LEVEL_II/G2012?date=2025-03-03")).as("terminated 2024-12-31")
                .isEqualTo("NOT_VALID_ON_DATE");
        assertThat(membership(clinic, "HCPCS_LEVEL_II/G2012?date=2024-12-31")).isEqualTo("VALID");
        assertThat(membership(clinic, "MODIFIER/lt?date=2026-03-02")).isEqualTo("VALID");
        assertThat(membership(clinic, "MODIFIER/25?date=2026-03-02")).as("a CPT modifier: AMA-licensed, format only")
                .isEqualTo("NOT_LOADED");
        assertThat(membership(clinic, "MODIFIER/ZZ?date=2026-03-02")).as("no such Level II modifier")
                .isEqualTo("UNKNOWN");
        assertThat(membership(clinic, "PLACE_OF_SERVICE/11?date=2026-03-02")).isEqualTo("VALID");
        assertThat(membership(clinic, "PLACE_OF_SERVICE/30?date=2026-03-02")).as("unassigned").isEqualTo("UNKNOWN");
        assertThat(membership(clinic, "CPT/99213?date=2026-03-02")).as("no CPT file for this clinic")
                .isEqualTo("NOT_LOADED");
        assertThat(gauge("icd_10_cm")).isGreaterThanOrEqualTo(46);
        assertThat(gauge("place_of_service")).isGreaterThanOrEqualTo(52);
    }

    @Test
    void aClinicsOwnCptFileIsSeenByThatClinicOnly() throws Exception {
        String other = "clinic-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(membership(clinic, "CPT/99213?date=2026-03-02")).isEqualTo("NOT_LOADED");

        MockHttpServletResponse loaded = upload(clinic, "CPT?effectiveFrom=2026-01-01&effectiveThrough=2026-12-31"
                + "&fileName=cpt_2026.txt", CPT_TEST_FILE.getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.getStatus()).isEqualTo(201);
        assertThat(json(loaded).path("file").path("scope").asText()).isEqualTo("CLINIC");
        JsonNode visit = lookup(clinic, "CPT/99213?date=2026-03-02");
        assertThat(visit.path("membership").asText()).isEqualTo("VALID");
        assertThat(visit.path("description").asText()).isEqualTo("test code one");
        assertThat(membership(clinic, "CPT/3074f?date=2026-03-02")).isEqualTo("VALID");
        assertThat(membership(clinic, "CPT/99215?date=2026-03-02")).isEqualTo("UNKNOWN");
        assertThat(membership(clinic, "CPT/99213?date=2027-01-04")).isEqualTo("NOT_VALID_ON_DATE");
        assertThat(membership(other, "CPT/99213?date=2026-03-02")).as("another clinic").isEqualTo("NOT_LOADED");
        assertThat(files(other).stream().filter(file -> file.path("kind").asText().equals("CPT"))).isEmpty();
        assertThat(files(clinic).stream().filter(file -> file.path("kind").asText().equals("CPT"))).hasSize(1);
    }

    @Test
    void aMalformedFileIsRefusedByLineAndNothingIsStored() throws Exception {
        int filesBefore = files(clinic).size();
        double rejectedBefore = loads("rejected");

        MockHttpServletResponse refused = upload(clinic, "CPT?effectiveFrom=2026-01-01",
                "99213\ttest code\n9921\ttest code\n\n99214 test code\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json(refused);
        List<String> messages = new ArrayList<>();
        problem.path("errors").forEach(error -> {
            assertThat(error.path("field").asText()).isEqualTo("file");
            messages.add(error.path("message").asText());
        });
        assertThat(messages).containsExactly(
                "line 2: column 1 must be a CPT code: 5 digits (Category I), or 4 digits followed by F (Category II)"
                        + " or T (Category III)",
                "line 4: must be two columns separated by one tab: the code and its description");
        assertThat(refused.getContentAsString()).doesNotContain("test code");
        assertThat(files(clinic)).hasSize(filesBefore);
        assertThat(membership(clinic, "CPT/99213?date=2026-03-02")).as("not even the good line")
                .isEqualTo("NOT_LOADED");
        assertThat(loads("rejected")).isEqualTo(rejectedBefore + 1);
    }

    @Test
    void badParametersAndAnEmptyFileAreRefusedNamingTheField() throws Exception {
        assertThat(fields(upload(clinic, "ICD_10_CM", resource(ICD)))).containsExactly("effectiveFrom");
        assertThat(fields(upload(clinic, "HCPCS_LEVEL_II?fiscalYear=2026", resource(HCPCS))))
                .containsExactly("fiscalYear");
        assertThat(fields(upload(clinic, "CPT?effectiveFrom=2026-02-30", "99213\ttest code\n".getBytes(
                StandardCharsets.UTF_8)))).containsExactly("effectiveFrom");
        assertThat(fields(upload(clinic, "CPT?effectiveFrom=2026-02-01&effectiveThrough=2026-01-01",
                "99213\ttest code\n".getBytes(StandardCharsets.UTF_8)))).containsExactly("effectiveThrough");
        assertThat(upload(clinic, "PLACE_OF_SERVICE?effectiveFrom=2003-01-01", new byte[0]).getStatus())
                .isEqualTo(422);
        assertThat(upload(clinic, "PLACE_OF_SERVICE?effectiveFrom=2003-01-01", "\n\n".getBytes(
                StandardCharsets.UTF_8)).getStatus()).as("no codes").isEqualTo(422);
        MockHttpServletResponse badCode = mvc.perform(get(path + "/ICD_10_CM/E1?date=2026-03-02")
                .with(userOf(clinic, "biller"))).andReturn().getResponse();
        assertThat(fields(badCode)).containsExactly("code");
        assertThat(mvc.perform(post(path + "/files/CPT?effectiveFrom=2026-01-01").with(userOf(clinic, "biller"))
                .contentType(MediaType.TEXT_PLAIN).content(CPT_TEST_FILE)).andReturn().getResponse().getStatus())
                .as("only an admin loads").isEqualTo(403);
    }

    private void loadSamples() throws Exception {
        loadSamples(mvc, path, clinic);
    }

    /**
     * Loads the shipped ICD-10-CM and HCPCS samples and the place-of-service list through the service's REST API, as
     * the clinic's admin: what other features' tests need to check codes by date of service.
     */
    public static void loadSamples(MockMvc mvc, String codeSetsPath, String clinicId) throws Exception {
        for (MockHttpServletResponse response : List.of(
                upload(mvc, codeSetsPath, clinicId, "ICD_10_CM?fiscalYear=2026&fileName=icd10cm_order_2026_sample.txt",
                        resource(ICD)),
                upload(mvc, codeSetsPath, clinicId, "HCPCS_LEVEL_II", resource(HCPCS)),
                upload(mvc, codeSetsPath, clinicId, "PLACE_OF_SERVICE?effectiveFrom=2003-01-01", resource(POS)))) {
            // 200 when another test of this service loaded the same shared file first.
            assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 201);
        }
    }

    private MockHttpServletResponse upload(String clinicId, String kindAndQuery, byte[] content) throws Exception {
        return upload(mvc, path, clinicId, kindAndQuery, content);
    }

    private static MockHttpServletResponse upload(MockMvc mvc, String path, String clinicId, String kindAndQuery,
            byte[] content) throws Exception {
        return mvc.perform(post(path + "/files/" + kindAndQuery).with(userOf(clinicId, "admin"))
                .contentType(MediaType.TEXT_PLAIN).content(content)).andReturn().getResponse();
    }

    private List<JsonNode> files(String clinicId) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path + "/files").with(userOf(clinicId, "auditor")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        List<JsonNode> files = new ArrayList<>();
        json(response).forEach(files::add);
        return files;
    }

    private JsonNode lookup(String clinicId, String kindCodeAndDate) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path + "/" + kindCodeAndDate)
                .with(userOf(clinicId, "provider"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response);
    }

    private String membership(String clinicId, String kindCodeAndDate) throws Exception {
        return lookup(clinicId, kindCodeAndDate).path("membership").asText();
    }

    private static List<String> fields(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(response).path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private double loads(String outcome) {
        return Search.in(meters).name("claimline.code-sets.file.loads").tag("outcome", outcome).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    private double gauge(String kind) {
        return meters.get("claimline.code-sets.codes").tag("kind", kind).gauge().value();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    private static byte[] resource(String name) {
        try (InputStream in = CodeSetScenarios.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath (the codesets module)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
