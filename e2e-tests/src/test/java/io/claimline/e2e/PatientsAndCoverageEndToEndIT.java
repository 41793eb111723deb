package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 on real processes, through the gateway only: a child whose guarantor is her mother (not a patient) and whose
 * coverage's subscriber is that mother; eligibility checked against the payer simulator over CAQH CORE (benefits
 * updated from its 271); the coverage copied into claims-service and billing-service; claims-service, through its
 * production vault client, opening the subscriber with purpose claim submission; and a merge of a duplicate that
 * billing, claims and collections follow (the losing id answers with the winner).
 */
class PatientsAndCoverageEndToEndIT {

    private static ClaimlineStack stack;
    private static GatewayClient frontDesk;
    private static GatewayClient biller;
    private static GatewayClient admin;
    private static GatewayClient auditor;
    private static GatewayClient collector;

    @BeforeAll
    static void signIn() {
        stack = ClaimlineStack.get();
        frontDesk = GatewayClient.user(stack.gatewayUrl(), "frontdesk");
        biller = GatewayClient.user(stack.gatewayUrl(), "biller");
        admin = GatewayClient.user(stack.gatewayUrl(), "admin");
        auditor = GatewayClient.user(stack.gatewayUrl(), "auditor");
        collector = GatewayClient.user(stack.gatewayUrl(), "collector");
    }

    @Test
    void aChildCoveredByHerMotherIsCheckedCopiedOpenedForClaimsAndMergedEverywhere() {
        String payerId = payer();
        practiceSetup();
        String family = "Lovelace" + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        String child = created(frontDesk.postJson("/api/patients", person("Lily", family, "2015-06-09")), "patientId");
        String mother = created(frontDesk.postJson("/api/patients/guarantors", person("Grace", family, "1985-03-01")),
                "guarantorId");
        assertThat(frontDesk.send("PUT", "/api/patients/" + child + "/guarantor", "{\"kind\": \"PERSON\", "
                + "\"guarantorId\": \"" + mother + "\", \"reason\": \"mother\"}", "0").status()).isEqualTo(204);
        String coverageId = created(frontDesk.postJson("/api/patients/" + child + "/coverages", """
                {"payerId": "%s", "planName": "Gold PPO", "memberId": "XGP%d", "relationship": "CHILD",
                 "subscriber": {"givenName": "Grace", "familyName": "%s", "dateOfBirth": "1985-03-01", "sex": "F",
                                "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL",
                                            "postalCode": "62704"}},
                 "priority": "PRIMARY", "effectiveDate": "2026-01-01", "benefits": {"copay": 30.00}}"""
                .formatted(payerId, ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), family)),
                "coverageId");

        // The practice copy reaches patient-service asynchronously; until it has, the check refuses (409) and
        // applies nothing, so asking again is safe.
        JsonNode checked = await().atMost(Duration.ofSeconds(60)).until(() -> frontDesk.postJson(
                "/api/patients/" + child + "/coverages/" + coverageId + "/eligibility-checks",
                "{\"dateOfService\": \"2026-11-30\"}"), response -> response.status() == 200).json();
        assertThat(checked.get("status").asText()).isEqualTo("ACTIVE");
        JsonNode coverage = ok(frontDesk.get("/api/patients/" + child + "/coverages/" + coverageId));
        assertThat(coverage.at("/benefits/copay").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(coverage.at("/benefits/deductibleRemaining").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(coverage.get("eligibilityStatus").asText()).isEqualTo("ACTIVE");

        JsonNode inClaims = await().atMost(Duration.ofSeconds(30)).until(() -> biller.get(
                "/api/claims/patients/" + child + "/coverages"), r -> r.status() == 200
                && r.body().contains(coverageId)).json();
        assertThat(inClaims.toString()).doesNotContain("Grace");
        await().atMost(Duration.ofSeconds(30)).until(() -> biller.get("/api/billing/patients/" + child + "/coverages"),
                r -> r.status() == 200 && r.body().contains(coverageId) && r.body().contains("ACTIVE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> biller.get("/api/billing/accounts/" + mother),
                r -> r.status() == 200 && r.body().contains(child));

        JsonNode subscriber = ok(biller.get("/api/claims/patients/" + child + "/coverages/" + coverageId
                + "/subscriber"));
        assertThat(subscriber.get("givenName").asText()).isEqualTo("Grace");
        assertThat(subscriber.get("familyName").asText()).isEqualTo(family);
        JsonNode record = ok(auditor.get("/api/phi-access-record?patientId=" + child + "&limit=1000"));
        JsonNode last = record.get(record.size() - 1);
        assertThat(last.get("service").asText()).isEqualTo("claims-service");
        assertThat(last.get("purpose").asText()).isEqualTo("claim_submission");
        assertThat(last.toString()).doesNotContain("Grace");
        assertThat(record.findValuesAsText("purpose")).contains("eligibility");

        String duplicate = created(frontDesk.postJson("/api/patients", person("Lily", family, "2015-06-09")),
                "patientId");
        await().atMost(Duration.ofSeconds(30)).until(() -> biller.get("/api/billing/accounts/" + duplicate).status()
                == 200 && collector.get("/api/collections/patients/" + duplicate).status() == 200
                && biller.get("/api/claims/patients/" + duplicate).status() == 200);
        assertThat(biller.send("POST", "/api/patients/" + duplicate + "/merge", "{\"survivingPatientId\": \""
                + child + "\", \"reason\": \"registered twice\"}", "0").status()).isEqualTo(204);

        assertThat(ok(frontDesk.get("/api/patients/" + duplicate)).get("patientId").asText()).isEqualTo(child);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(ok(biller.get("/api/claims/patients/" + duplicate)).get("patientId").asText())
                    .isEqualTo(child);
            assertThat(ok(collector.get("/api/collections/patients/" + duplicate)).get("patientId").asText())
                    .isEqualTo(child);
            assertThat(ok(biller.get("/api/billing/accounts/" + duplicate)).get("accountId").asText())
                    .isEqualTo(mother);
        });
    }

    private static String person(String given, String family, String born) {
        return """
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "sex": "F",
                 "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL", "postalCode": "62704"},
                 "phone": "(217) 555-0134", "language": "en"}""".formatted(given, family, born);
    }

    private static String payer() {
        String edi = "E2E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return created(admin.postJson("/api/patients/payers", """
                {"name": "Demo Health Plan", "ediPayerId": "%s", "claimFilingIndicator": "CI", "initialClaimDays": 90,
                 "correctedClaimDays": 180, "appealDays": 180,
                 "address": {"line1": "PO Box 1000", "city": "Hartford", "state": "CT", "postalCode": "06101"},
                 "acceptsElectronicClaims": true}""".formatted(edi)), "payerId");
    }

    /** The clinic's practice setup in effect on the date of service (other tests may have set one up already). */
    private static void practiceSetup() {
        if (admin.get("/api/billing/practice?asOf=2026-11-30").status() == 404) {
            GatewayClient.Response answer = admin.send("PUT", "/api/billing/practice/clinic-profile", """
                    {"effectiveFrom": "2026-01-01", "legalName": "Riverside Family Medicine LLC",
                     "billingNpi": "1045678905", "taxId": "12-3456789", "taxonomy": "207Q00000X",
                     "billingAddress": {"line1": "100 Main Street", "city": "Springfield", "state": "IL",
                                        "postalCode": "62701-1234"}}""");
            assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        }
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
