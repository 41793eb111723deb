package io.claimline.localstack.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo chargemaster and contract are well-formed, the same on every run, and a repeat counts as done. */
class PricingStepTest {

    private static final String PAYER = "5c1d7e3f-8a2b-4c9d-9e0f-1a2b3c4d5e6f";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theChargemasterPricesEachCodeOnceFromTheFirstOf2026InDollarsAndCents() throws Exception {
        SeedRequest request = PricingStep.chargemaster();
        JsonNode body = json.readTree(request.body());

        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/api/billing/chargemaster/prices");
        assertThat(body.get("effectiveFrom").asText()).isEqualTo("2026-01-01");
        assertThat(body.get("prices")).hasSize(6);
        assertThat(body.get("prices").findValuesAsText("code")).containsExactly("99213", "99214", "93000", "36415",
                "G0438", "81002");
        for (JsonNode price : body.get("prices")) {
            // amounts travel as strings (exact decimals), above 0 with two decimals
            assertThat(price.get("unitPrice").isTextual()).isTrue();
            assertThat(new BigDecimal(price.get("unitPrice").asText())).isPositive()
                    .satisfies(amount -> assertThat(amount.scale()).isEqualTo(2));
            // CPT Category I (five digits) or HCPCS Level II (a letter and four digits)
            assertThat(price.get("code").asText()).matches("\\d{5}|[A-V]\\d{4}");
        }
        assertThat(body.get("prices").get(2).get("unitPrice").asText()).isEqualTo("40.00");
    }

    @Test
    void theContractPaysEightyPercentOfTheChargemasterWithTheEcgCarvedOut() throws Exception {
        SeedRequest request = PricingStep.contract(PAYER);
        JsonNode body = json.readTree(request.body());

        assertThat(request.path()).isEqualTo("/api/billing/payers/" + PAYER + "/contract");
        assertThat(body.get("effectiveFrom").asText()).isEqualTo("2026-01-01");
        assertThat(body.get("method").asText()).isEqualTo("PERCENT_OF_BASE");
        assertThat(body.get("base").asText()).isEqualTo("CHARGEMASTER");
        assertThat(body.get("percent").asText()).isEqualTo("80");
        assertThat(body.get("carveOuts")).hasSize(1);
        JsonNode carveOut = body.get("carveOuts").get(0);
        assertThat(carveOut.get("code").asText()).isEqualTo("93000");
        assertThat(carveOut.get("kind").asText()).isEqualTo("FIXED_AMOUNT");
        assertThat(carveOut.get("amount").asText()).isEqualTo("22.15");
        // the carve-out pays less than 80 % of the ECG's 40.00 would (32.00), and prices a code the chargemaster has
        assertThat(PricingStep.PRICES).extracting(PricingStep.Price::code).contains(carveOut.get("code").asText());
    }

    @Test
    void aSecondRunSendsTheSameKeysAndBodies() {
        assertThat(PricingStep.chargemaster()).isEqualTo(PricingStep.chargemaster());
        assertThat(PricingStep.contract(PAYER)).isEqualTo(PricingStep.contract(PAYER));
        assertThat(PricingStep.chargemaster().idempotencyKey()).startsWith("demo-seed:")
                .isNotEqualTo(PricingStep.contract(PAYER).idempotencyKey());
    }

    @Test
    void eachClinicIsPricedByItsOwnManager() {
        assertThat(DemoSeed.TENANTS).extracting(PricingStep::manager).containsExactly("manager", "manager-2");
    }

    @Test
    void writtenReplayedOrAlreadyThereIsDoneAndAnyOtherAnswerIsNot() {
        assertThat(PricingStep.done(answer(200, "{\"id\": \"clinic-001\", \"version\": 0}"))).isTrue();
        assertThat(PricingStep.done(answer(409, """
                {"type": "conflict", "status": 409, "errors": [{"field": "effectiveFrom",
                 "message": "code 99213 already has a version effective from this date"}]}"""))).isTrue();

        assertThat(PricingStep.done(answer(409, """
                {"errors": [{"field": "effectiveFrom", "message": "code 99213 must be after the first day of the \
                latest version (or the day after its end)"}]}"""))).isFalse();
        assertThat(PricingStep.done(answer(404, "{\"title\": \"Not found\"}"))).isFalse();
        assertThat(PricingStep.done(answer(422, "{\"title\": \"Idempotency-Key reused\"}"))).isFalse();
        assertThat(PricingStep.done(answer(400, "{}"))).isFalse();
    }

    @Test
    void pricesComeAfterThePayersAndTheCodeSets() {
        assertThat(DemoSeed.STEPS).extracting(SeedStep::getClass).containsSubsequence(PayersStep.class,
                CodeSetsStep.class, PricingStep.class);
    }

    private static Gateway.Answer answer(int status, String body) {
        return new Gateway.Answer(status, Optional.empty(), body);
    }
}
