package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 on real processes, through the gateway only: a registered patient with coverage; the clinic's
 * chargemaster and the payer's contract; an encounter recorded by a biller and priced from them; the biller's
 * confirmation refused with 403; the rendering provider's (the seeded {@code provider} user, whose token carries
 * her NPI) accepted; the confirmed encounter, with its expected reimbursement, applied by claims-service from its
 * inbox; an amendment after confirmation published as such and applied as revision 2.
 */
class ChargesEndToEndIT {

    private static final String PROVIDER_NPI = ChargeCapture.PROVIDER_NPI;
    private static final String DATE_OF_SERVICE = "2026-03-02";
    /** A line's note to the payer: free text, sealed through the vault before billing keeps it. */
    private static final String NOTE = "Lesion on left forearm, 2 cm";

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
    void anEncounterIsRecordedByABillerConfirmedOnlyByItsProviderAndReachesClaimsWithItsCorrection() {
        String payerId = ChargeCapture.payer(admin);
        ChargeCapture.Practice practice = ChargeCapture.practice(admin, DATE_OF_SERVICE);
        String family = "Babbage" + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        String patient = created(frontDesk.postJson("/api/patients", """
                {"givenName": "Lily", "familyName": "%s", "dateOfBirth": "2015-06-09", "sex": "F",
                 "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL", "postalCode": "62704"},
                 "phone": "(217) 555-0134", "language": "en"}""".formatted(family)), "patientId");
        String coverage = created(frontDesk.postJson("/api/patients/" + patient + "/coverages", """
                {"payerId": "%s", "planName": "Gold PPO", "memberId": "XGP%d", "relationship": "SELF",
                 "priority": "PRIMARY", "effectiveDate": "2026-01-01", "benefits": {"copay": 30.00}}"""
                .formatted(payerId, ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999))), "coverageId");

        // The chargemaster from February (ChargeCapture); the payer pays 80 % of it, the ECG carved out at 22.15.
        // The payer reaches billing's copy asynchronously: until then 404.
        ChargeCapture.chargemaster(manager);
        await().atMost(Duration.ofSeconds(60)).until(() -> manager.send("PUT", "/api/billing/payers/" + payerId
                + "/contract", """
                {"effectiveFrom": "2026-01-01", "method": "PERCENT_OF_BASE", "percent": "80", "base": "CHARGEMASTER",
                 "schedule": [], "carveOuts": [{"code": "93000", "kind": "FIXED_AMOUNT", "amount": "22.15"}]}"""),
                response -> response.status() == 200);

        String visit = """
                {"patientId": "%s", "coverageId": "%s", "serviceFrom": "%s", "locationId": "%s",
                 "renderingProviderId": "%s", "diagnoses": ["E11.9", "I10"],
                 "lines": [{"procedureCode": "99213", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2],
                            "note": "%s"}%s]%s}""";
        String ecg = ", {\"procedureCode\": \"93000\", \"units\": 1, \"diagnosisPointers\": [2]}";
        // billing learns of the patient and the coverage from patient-service's events: until then 404, nothing kept.
        GatewayClient.Response recorded = await().atMost(Duration.ofSeconds(60)).until(() -> biller.postJson(
                "/api/billing/encounters", visit.formatted(patient, coverage, DATE_OF_SERVICE, practice.location(),
                        practice.provider(), NOTE, ecg, "")), response -> response.status() != 404);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String encounter = recorded.json().get("encounterId").asText();
        JsonNode pending = ok(biller.get("/api/billing/encounters/" + encounter));
        assertThat(pending.get("status").asText()).isEqualTo("PENDING_PROVIDER_REVIEW");
        assertThat(pending.at("/totalCharge/amount").asText()).isEqualTo("165.00");
        assertThat(pending.at("/expectedReimbursement/amount").asText()).isEqualTo("122.15");
        assertThat(ok(provider.get("/api/billing/encounters/review-queue?size=200")).findValuesAsText("encounterId"))
                .contains(encounter);

        assertThat(biller.postJson("/api/billing/encounters/" + encounter + "/confirmation", "{}").status())
                .as("a biller does not confirm for the provider").isEqualTo(403);
        GatewayClient.Response confirmed = provider.postJson("/api/billing/encounters/" + encounter
                + "/confirmation", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);

        JsonNode inClaims = await().atMost(Duration.ofSeconds(60)).until(() -> biller.get("/api/claims/encounters/"
                + encounter), response -> response.status() == 200).json();
        assertThat(inClaims.get("revision").asInt()).isEqualTo(1);
        assertThat(inClaims.toString()).contains(coverage, payerId, PROVIDER_NPI, "E119", "I10", "99213", "93000");
        assertThat(inClaims.at("/expectedReimbursement/amount").asText()).isEqualTo("122.15");
        assertThat(inClaims.at("/totalCharge/amount").asText()).isEqualTo("165.00");
        assertThat(inClaims.toString()).doesNotContain(NOTE);
        assertThat(inClaims.at("/lines/0/note/ciphertext").asText()).isNotBlank();
        JsonNode notes = ok(provider.get("/api/billing/encounters/" + encounter + "/notes"));
        assertThat(notes.get(0).get("note").asText()).isEqualTo(NOTE);
        JsonNode record = ok(GatewayClient.user(stack.gatewayUrl(), "auditor").get("/api/phi-access-record?patientId="
                + patient + "&limit=1000"));
        assertThat(record.findValuesAsText("purpose")).contains("charge_capture");
        assertThat(record.toString()).doesNotContain(NOTE);

        String version = String.valueOf(confirmed.json().get("version").asLong());
        GatewayClient.Response amended = biller.send("POST", "/api/billing/encounters/" + encounter + "/amendments",
                visit.formatted(patient, coverage, DATE_OF_SERVICE, practice.location(), practice.provider(), NOTE, "",
                        ", \"reason\": \"the ECG was not performed\""), version);
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        JsonNode corrected = await().atMost(Duration.ofSeconds(60)).until(() -> biller.get("/api/claims/encounters/"
                + encounter), response -> response.status() == 200 && response.json().get("revision").asInt() == 2)
                .json();
        assertThat(corrected.at("/totalCharge/amount").asText()).isEqualTo("125.00");
        assertThat(corrected.at("/expectedReimbursement/amount").asText()).isEqualTo("100.00");
        assertThat(corrected.toString()).doesNotContain("93000");
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
