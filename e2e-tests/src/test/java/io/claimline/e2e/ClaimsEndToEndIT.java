package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 on real processes, through the gateway only, with the payer simulator as the SFTP clearinghouse: two
 * confirmed encounters become claims, are scrubbed and sent in one 837P over SFTP; the simulator answers a 999 and a
 * 277CA. The self-subscriber's claim is accepted; the dependent's, whose subscriber's member id the payer does not
 * take (a REJ277 id), is rejected by the 277CA, shows in the rejected queue with the reason, is corrected where the
 * error is (the coverage, in patient-service), scrubbed again and resubmitted as a new original, and accepted.
 */
class ClaimsEndToEndIT {

    /** Recent enough for the payer's 90-day limit. */
    private static final String DATE_OF_SERVICE = "2026-11-20";

    private static ClaimlineStack stack;
    private static GatewayClient frontDesk;
    private static GatewayClient biller;
    private static GatewayClient provider;
    private static GatewayClient manager;
    private static GatewayClient admin;

    @BeforeAll
    static void signIn() {
        stack = ClaimlineStack.get();
        frontDesk = GatewayClient.user(stack.gatewayUrl(), "frontdesk");
        biller = GatewayClient.user(stack.gatewayUrl(), "biller");
        provider = GatewayClient.user(stack.gatewayUrl(), "provider");
        manager = GatewayClient.user(stack.gatewayUrl(), "manager");
        admin = GatewayClient.user(stack.gatewayUrl(), "admin");
    }

    @Test
    void claimsGoOverSftpAndAreAcceptedOrRejectedCorrectedAndResubmitted() throws Exception {
        String payerId = ChargeCapture.payer(admin);
        ChargeCapture.Practice practice = ChargeCapture.practice(admin, DATE_OF_SERVICE);
        ChargeCapture.chargemaster(manager);
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);

        String self = register("Ada", "Byron" + n % 1000, "1985-12-10");
        String selfCoverage = coverage(self, payerId, "XGP" + n, "SELF", null);
        String child = register("Anne", "Byron" + n % 1000, "2016-04-02");
        String childCoverage = coverage(child, payerId, "REJ277" + n, "CHILD", mother(n));

        String selfClaim = claimOf(confirm(record(self, selfCoverage)));
        String childClaim = claimOf(confirm(record(child, childCoverage)));
        awaitStatus(selfClaim, "READY");
        awaitStatus(childClaim, "READY");

        GatewayClient.Response cut = biller.postJson("/api/claims/batches", "{\"payerId\": \"" + payerId + "\"}");
        assertThat(cut.status()).as(cut.body()).isEqualTo(200);
        assertThat(cut.json()).hasSize(1);
        JsonNode batch = cut.json().get(0);
        assertThat(batch.get("claimIds")).hasSize(2);
        String fileName = batch.get("fileName").asText();

        // The simulator received the file over SFTP, once, and answered it.
        JsonNode received = await().atMost(Duration.ofSeconds(60)).until(() -> receivedBySimulator(fileName),
                file -> file != null && file.get("answers").size() >= 2);
        assertThat(received.get("duplicate").asBoolean()).isFalse();

        awaitStatus(selfClaim, "ACCEPTED");
        awaitStatus(childClaim, "REJECTED");
        JsonNode rejectedQueue = ok(biller.get("/api/claims/work-queues/REJECTED?size=100"));
        JsonNode inQueue = null;
        for (JsonNode item : rejectedQueue.get("items")) {
            if (item.get("claimId").asText().equals(childClaim)) {
                inQueue = item;
            }
        }
        assertThat(inQueue).as("the rejected claim is in the rejected queue").isNotNull();
        assertThat(inQueue.get("problem").asText()).contains("277CA").contains("A7:164:IL")
                .contains("member number");
        assertThat(inQueue.get("daysToTimelyFilingDeadline").asLong()).isPositive();
        String firstNumber = ok(biller.get("/api/claims/claims/" + childClaim)).get("patientControlNumber").asText();

        // Corrected where the error is: the subscriber's member id, in patient-service. The claim follows.
        GatewayClient.Response corrected = frontDesk.send("PUT", "/api/patients/" + child + "/coverages/"
                + childCoverage, """
                {"terms": %s, "reason": "member id typed wrong at check-in"}"""
                .formatted(coverageTerms(payerId, "XGP" + (n + 1), "CHILD", mother(n))), "1");
        assertThat(corrected.status()).as(corrected.body()).isIn(200, 204);
        awaitStatus(childClaim, "READY");

        GatewayClient.Response again = biller.postJson("/api/claims/batches", "{\"payerId\": \"" + payerId + "\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get(0).get("claimIds")).hasSize(1);
        awaitStatus(childClaim, "ACCEPTED");
        JsonNode resubmitted = ok(biller.get("/api/claims/claims/" + childClaim));
        assertThat(resubmitted.get("submission").asInt()).isEqualTo(2);
        assertThat(resubmitted.get("patientControlNumber").asText()).isEqualTo(firstNumber + "R1");
        JsonNode history = ok(biller.get("/api/claims/claims/" + childClaim + "/history"));
        assertThat(history.findValuesAsText("event")).containsSubsequence("submitted", "rejected", "scrub requested",
                "scrubbed", "resubmitted", "accepted");
        assertThat(provider.get("/api/claims/claims/" + childClaim).status()).as("providers do not work claims")
                .isEqualTo(403);
    }

    /** Waits for the claim's status, polling the clearinghouse through the gateway meanwhile. */
    private static void awaitStatus(String claimId, String status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            biller.postJson("/api/claims/clearinghouse/polls", "");
            GatewayClient.Response claim = biller.get("/api/claims/claims/" + claimId);
            return claim.status() == 200 && claim.json().get("status").asText().equals(status);
        });
    }

    private static JsonNode receivedBySimulator(String fileName) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.simulatorUrl() + "/clearinghouse/received")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode file : new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body())) {
            if (file.get("fileName").asText().equals(fileName)) {
                return file;
            }
        }
        return null;
    }

    private static String mother(int n) {
        return """
                {"givenName": "Grace", "familyName": "Byron%d", "dateOfBirth": "1984-03-01", "sex": "F",
                 "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL",
                             "postalCode": "62704"}}""".formatted(n % 1000);
    }

    private static String register(String given, String family, String dateOfBirth) {
        return created(frontDesk.postJson("/api/patients", """
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "sex": "F",
                 "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL",
                             "postalCode": "62704"}, "phone": "(217) 555-0134", "language": "en"}"""
                .formatted(given, family, dateOfBirth)), "patientId");
    }

    private static String coverageTerms(String payerId, String memberId, String relationship, String subscriber) {
        return """
                {"payerId": "%s", "planName": "Gold PPO", "memberId": "%s", "groupNumber": "GRP-55012",
                 "relationship": "%s", %s "priority": "PRIMARY", "effectiveDate": "2026-01-01"}"""
                .formatted(payerId, memberId, relationship, subscriber == null ? "" : "\"subscriber\": "
                        + subscriber + ",");
    }

    private static String coverage(String patient, String payerId, String memberId, String relationship,
            String subscriber) {
        return created(frontDesk.postJson("/api/patients/" + patient + "/coverages",
                coverageTerms(payerId, memberId, relationship, subscriber)), "coverageId");
    }

    private static String record(String patient, String coverage) {
        String body = """
                {"patientId": "%s", "coverageId": "%s", "serviceFrom": "%s", "locationId": "%s",
                 "renderingProviderId": "%s", "diagnoses": ["I10", "E119"],
                 "lines": [{"procedureCode": "99213", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2]},
                           {"procedureCode": "93000", "units": 1, "diagnosisPointers": [1]}]}"""
                .formatted(patient, coverage, DATE_OF_SERVICE, ChargeCapture.practice(admin, DATE_OF_SERVICE)
                        .location(), ChargeCapture.practice(admin, DATE_OF_SERVICE).provider());
        GatewayClient.Response recorded = await().atMost(Duration.ofSeconds(60)).until(() -> biller.postJson(
                "/api/billing/encounters", body), response -> response.status() != 404);
        return created(recorded, "encounterId");
    }

    private static String confirm(String encounter) {
        GatewayClient.Response confirmed = provider.postJson("/api/billing/encounters/" + encounter
                + "/confirmation", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return encounter;
    }

    /** The claim drafted for the encounter, once claims-service has it. */
    private static String claimOf(String encounter) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> biller.get("/api/claims/claims/by-encounter/"
                + encounter), r -> r.status() == 200).json().get("claimId").asText();
    }

    private static String created(GatewayClient.Response response, String idField) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get(idField).asText();
    }

    private static JsonNode ok(GatewayClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
