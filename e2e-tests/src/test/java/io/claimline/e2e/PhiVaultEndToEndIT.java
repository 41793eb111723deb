package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PHI vault on real processes: claims-service, through its production vault client (its own client
 * credentials), opens a patient's name and date of birth for claim submission; patient-service records it on the
 * hash-chained access record, which verifies until an entry is edited; after an admin destroys the patient's key
 * the same call answers "erased" per field. Calls without a service identity or with an unknown purpose are
 * refused.
 */
class PhiVaultEndToEndIT {

    private static final String PATIENT = """
            {"givenName": "Florence", "familyName": "Nightingale", "dateOfBirth": "1920-05-12"}""";

    private static ClaimlineStack stack;
    private static GatewayClient clinic;
    private static GatewayClient biller;
    private static GatewayClient auditor;
    private static GatewayClient admin;

    @BeforeAll
    static void signIn() {
        stack = ClaimlineStack.get();
        clinic = GatewayClient.clinicSystem(stack.gatewayUrl(), "clinic-system", "clinic-system-secret");
        biller = GatewayClient.user(stack.gatewayUrl(), "biller");
        auditor = GatewayClient.user(stack.gatewayUrl(), "auditor");
        admin = GatewayClient.user(stack.gatewayUrl(), "admin");
    }

    @Test
    void claimsOpensThroughTheVaultTheRecordShowsItVerifiesAndAfterErasureTheFieldsAreErased() throws Exception {
        String patientId = clinic.postJson("/api/patients", PATIENT).json().get("patientId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(biller.get("/api/claims/patients/" + patientId).status()).isEqualTo(200));

        JsonNode opened = ok(biller.get("/api/claims/patients/" + patientId + "/claim-demographics"));
        assertThat(opened.get("givenName").asText()).isEqualTo("Florence");
        assertThat(opened.get("familyName").asText()).isEqualTo("Nightingale");
        assertThat(opened.get("dateOfBirth").asText()).isEqualTo("1920-05-12");
        assertThat(opened.get("outcomes").toString()).doesNotContain("erased");

        JsonNode entry = lastEntry(patientId);
        assertThat(entry.get("operation").asText()).isEqualTo("open");
        assertThat(entry.get("service").asText()).isEqualTo("claims-service");
        assertThat(entry.get("actingUser").asText()).isEqualTo("biller");
        assertThat(entry.get("purpose").asText()).isEqualTo("claim_submission");
        assertThat(entry.get("clinicId").asText()).isEqualTo("clinic-001");
        assertThat(entry.get("items").findValuesAsText("field"))
                .containsExactlyInAnyOrder("givenName", "familyName", "dateOfBirth");
        assertThat(entry.toString()).doesNotContain("Nightingale");
        assertThat(verification().get("verified").asBoolean()).isTrue();

        long sequence = entry.get("sequence").asLong();
        editActingUser(sequence, "someone-else");
        try {
            JsonNode broken = verification();
            assertThat(broken.get("verified").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(sequence);
        } finally {
            editActingUser(sequence, "biller");
        }
        assertThat(verification().get("verified").asBoolean()).isTrue();

        GatewayClient.Response erased = admin.postJson("/api/patients/" + patientId + "/erasure",
                "{\"reason\": \"patient_request\"}");
        assertThat(erased.status()).isEqualTo(204);
        JsonNode afterErasure = ok(biller.get("/api/claims/patients/" + patientId + "/claim-demographics"));
        assertThat(afterErasure.get("outcomes").get("givenName").asText()).isEqualTo("erased");
        assertThat(afterErasure.get("outcomes").get("familyName").asText()).isEqualTo("erased");
        assertThat(afterErasure.get("outcomes").get("dateOfBirth").asText()).isEqualTo("erased");
        assertThat(afterErasure.get("familyName").isNull()).isTrue();
    }

    @Test
    void theVaultRefusesCallersWithoutAServiceIdentityAndUnknownPurposes() {
        String patientId = clinic.postJson("/api/patients", PATIENT).json().get("patientId").asText();
        String request = """
                {"clinicId": "clinic-001", "onBehalfOf": "biller", "purpose": "%s", "items": [{"patientId": "%s",
                 "field": "givenName", "value": {"keyId": "6e1f3c2a-9d8b-4e7f-a6c5-b4d3e2f1a0b9",
                 "ciphertext": "q83vEjRWeJASNFZ4kKu8ZGVtb19naXZlbg=="}}]}""";
        String vault = stack.serviceUrl("patient-service");

        assertThat(biller.withToken(null).at(vault)
                .postJson("/internal/phi/open", request.formatted("claim_submission", patientId)).status())
                .as("no token").isEqualTo(401);
        assertThat(biller.at(vault).postJson("/internal/phi/open", request.formatted("claim_submission", patientId))
                .status()).as("a user, not a service").isEqualTo(403);
        GatewayClient claimsService = GatewayClient.service(stack.gatewayUrl(), "claims-service").at(vault);
        GatewayClient.Response unknownPurpose = claimsService.postJson("/internal/phi/open",
                request.formatted("marketing", patientId));
        assertThat(unknownPurpose.status()).isEqualTo(400);
        assertThat(unknownPurpose.json().get("detail").asText()).contains("purpose");
        assertThat(clinic.get("/internal/phi/open").status()).as("never routed by the gateway").isEqualTo(404);
    }

    private static JsonNode lastEntry(String patientId) {
        JsonNode entries = ok(auditor.get("/api/phi-access-record?patientId=" + patientId));
        assertThat(entries.size()).isPositive();
        return entries.get(entries.size() - 1);
    }

    private static JsonNode verification() {
        return ok(auditor.get("/api/phi-access-record/verification"));
    }

    /** Tampering as someone with the database owner's rights: the append-only trigger is switched off first. */
    private static void editActingUser(long sequence, String actingUser) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("patient-service"),
                stack.infrastructure().user(), stack.infrastructure().password());
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE phi_access_record DISABLE TRIGGER phi_access_record_no_update");
            statement.executeUpdate("UPDATE phi_access_record SET acting_user = '" + actingUser
                    + "' WHERE sequence = " + sequence);
            statement.execute("ALTER TABLE phi_access_record ENABLE TRIGGER phi_access_record_no_update");
        }
    }

    private static JsonNode ok(GatewayClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
