package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton, through the gateway only: a clinic system registers a patient; patient-service stores
 * the event; it crosses Kafka; billing, claims and collections each record the patient in a read model.
 */
class WalkingSkeletonIT {

    private static final String PATIENT = """
            {"givenName": "Ada", "familyName": "Lovelace", "dateOfBirth": "1980-12-10"}""";

    private static ClaimlineStack stack;
    private static GatewayClient clinic;
    private static GatewayClient manager;
    private static GatewayClient otherClinicsManager;

    @BeforeAll
    static void startTheStack() {
        stack = ClaimlineStack.get();
        clinic = GatewayClient.clinicSystem(stack.gatewayUrl(), "clinic-system", "clinic-system-secret");
        // A manager may read what every service shows, so one caller per clinic sees all four read models.
        manager = GatewayClient.user(stack.gatewayUrl(), "manager");
        otherClinicsManager = GatewayClient.user(stack.gatewayUrl(), "manager-2");
    }

    @Test
    void aRegisteredPatientReachesEveryServicesReadModel() {
        GatewayClient.Response registered = clinic.postJson("/api/patients", PATIENT);
        assertThat(registered.status()).isEqualTo(201);
        String patientId = registered.json().get("patientId").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            GatewayClient.Response patient = clinic.get("/api/patients/" + patientId);
            assertThat(patient.status()).isEqualTo(200);
            assertThat(patient.json().get("familyName").asText()).isEqualTo("Lovelace");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode account = ok(clinic.get("/api/billing/accounts/" + patientId));
            assertThat(account.get("balance").get("amount").asText()).isEqualTo("0.00");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ok(manager.get("/api/claims/patients/" + patientId)).get("lastSequence").asLong())
                        .isZero());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ok(manager.get("/api/collections/patients/" + patientId)).get("status").asText())
                        .isEqualTo("NO_BALANCE"));
    }

    @Test
    void anotherClinicSeesNoneOfItThroughAnyService() {
        String patientId = clinic.postJson("/api/patients", PATIENT).json().get("patientId").asText();

        for (String path : new String[] {"/api/patients/", "/api/billing/accounts/", "/api/claims/patients/",
                "/api/collections/patients/"}) {
            // First the positive case, so that the 404 below means "not yours", not "not there yet".
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(manager.get(path + patientId).status()).as(path).isEqualTo(200));
            GatewayClient.Response response = otherClinicsManager.get(path + patientId);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void badRequestsGetProblemDetailsThroughTheGateway() {
        GatewayClient.Response invalid = clinic.postJson("/api/patients", "{\"givenName\": \"\"}");
        assertProblem(invalid, 400, "validation-failed");

        GatewayClient.Response unknown = clinic.get("/api/patients/" + UUID.randomUUID());
        assertProblem(unknown, 404, "not-found");

        GatewayClient.Response wrongMediaType = clinic.post("/api/patients", "text/plain", PATIENT);
        assertProblem(wrongMediaType, 415, "unsupported-media-type");
    }

    private static void assertProblem(GatewayClient.Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static JsonNode ok(GatewayClient.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
