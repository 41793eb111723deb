package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 on real processes, through the gateway only: a parent responsible for two children, one self-pay and one
 * insured with a $30 copay; their confirmed encounters charge the parent's account; a card payment posts once
 * though sent twice; a statement is issued and its PDF, downloaded and read back as text, names the guarantor and
 * shows exactly the ledger's amounts, what awaits insurance never as due from the patient.
 */
class LedgerEndToEndIT {

    private static final String DATE_OF_SERVICE = "2026-03-02";

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
    void aParentsStatementShowsTheLedgerForBothChildrenAndNothingAwaitingInsuranceAsDue() throws Exception {
        String payerId = ChargeCapture.payer(admin);
        ChargeCapture.Practice practice = ChargeCapture.practice(admin, DATE_OF_SERVICE);
        ChargeCapture.chargemaster(manager);
        String family = "Lovelace" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        String parent = register("Ada", family, "1985-12-10");
        String selfPay = register("Anne", family, "2014-04-02");
        String insured = register("Byron", family, "2016-05-16");
        for (String child : new String[] {selfPay, insured}) {
            assertThat(frontDesk.send("PUT", "/api/patients/" + child + "/guarantor", "{\"kind\": \"PATIENT\", "
                    + "\"guarantorId\": \"" + parent + "\", \"reason\": \"mother\"}", "0").status()).isEqualTo(204);
        }
        String coverage = created(frontDesk.postJson("/api/patients/" + insured + "/coverages", """
                {"payerId": "%s", "planName": "Gold PPO", "memberId": "XGP%d", "relationship": "SELF",
                 "priority": "PRIMARY", "effectiveDate": "2026-01-01", "benefits": {"copay": 30.00}}"""
                .formatted(payerId, ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999))), "coverageId");

        confirm(record(selfPay, null, practice, "[{\"procedureCode\": \"99213\", \"units\": 1, "
                + "\"diagnosisPointers\": [1]}]"));
        confirm(record(insured, coverage, practice, "[{\"procedureCode\": \"99213\", \"units\": 1, "
                + "\"diagnosisPointers\": [1]}, {\"procedureCode\": \"93000\", \"units\": 1, "
                + "\"diagnosisPointers\": [1]}]"));

        // 125 self-pay; 125 + 40 insured, of which the $30 copay is the patient's: the rest awaits the payer.
        JsonNode balances = await().atMost(Duration.ofSeconds(60)).until(() -> frontDesk.get("/api/billing/accounts/"
                + parent + "/balances"), r -> r.status() == 200 && r.json().get("lines").size() == 3
                && "290.00".equals(r.json().at("/balance/amount").asText())
                && "155.00".equals(share(r.json(), "PATIENT"))).json();
        assertThat(share(balances, "PAYER:" + payerId)).isEqualTo("135.00");

        String payment = """
                {"method": "CARD", "reference": "ch_%d", "cardLastFour": "4242", "amount": "40.00"}"""
                .formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        assertThat(frontDesk.postJson("/api/billing/accounts/" + parent + "/payments", payment).status())
                .isEqualTo(201);
        GatewayClient.Response again = frontDesk.postJson("/api/billing/accounts/" + parent + "/payments", payment);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("repeated").asBoolean()).isTrue();
        balances = ok(frontDesk.get("/api/billing/accounts/" + parent + "/balances"));
        assertThat(share(balances, "PATIENT")).isEqualTo("115.00");

        GatewayClient.Response issued = biller.postJson("/api/billing/accounts/" + parent + "/statements", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String statement = issued.json().get("statementId").asText();
        GatewayClient.Download pdf = await().atMost(Duration.ofSeconds(60)).until(() -> biller.download(
                "/api/billing/accounts/" + parent + "/statements/" + statement + "/pdf"), r -> r.status() == 200);
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Ada " + family).contains("12 Analytical Way")
                .contains("Anne " + family).contains("Byron " + family);
        // The ledger's amounts exactly: charges 290.00, awaiting insurance 135.00 apart, patient due 155.00 less the
        // payment's 40.00: amount due 115.00; never 250.00 (what awaiting insurance would add to it).
        assertThat(text).contains("$290.00").contains("$135.00").contains("$115.00").contains("$40.00")
                .doesNotContain("$250.00");
        JsonNode history = ok(biller.get("/api/billing/accounts/" + parent + "/statements"));
        assertThat(history.get(0).at("/amountDue/amount").asText()).isEqualTo("115.00");
        assertThat(history.get(0).at("/awaitingInsurance/amount").asText()).isEqualTo("135.00");
    }

    private static String register(String given, String family, String dateOfBirth) {
        return created(frontDesk.postJson("/api/patients", """
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "sex": "F",
                 "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL",
                             "postalCode": "62704"}, "phone": "(217) 555-0134", "language": "en"}"""
                .formatted(given, family, dateOfBirth)), "patientId");
    }

    private static String record(String patient, String coverage, ChargeCapture.Practice practice, String lines) {
        String body = """
                {"patientId": "%s", %s "serviceFrom": "%s", "locationId": "%s", "renderingProviderId": "%s",
                 "diagnoses": ["I10"], "lines": %s}""".formatted(patient,
                coverage == null ? "" : "\"coverageId\": \"" + coverage + "\",", DATE_OF_SERVICE, practice.location(),
                practice.provider(), lines);
        // billing learns of the patient and the coverage from patient-service's events: until then 404.
        GatewayClient.Response recorded = await().atMost(Duration.ofSeconds(60)).until(() -> biller.postJson(
                "/api/billing/encounters", body), response -> response.status() != 404);
        return created(recorded, "encounterId");
    }

    private static void confirm(String encounter) {
        GatewayClient.Response confirmed = provider.postJson("/api/billing/encounters/" + encounter
                + "/confirmation", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    }

    private static String share(JsonNode balances, String responsibility) {
        for (JsonNode row : balances.get("byResponsibility")) {
            if (row.get("responsibility").asText().equals(responsibility)) {
                return row.at("/balance/amount").asText();
            }
        }
        return "0.00";
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
