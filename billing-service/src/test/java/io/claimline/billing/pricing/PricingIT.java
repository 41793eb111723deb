package io.claimline.billing.pricing;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.billing.payer.query.PayerCopies;
import io.claimline.billing.pricing.query.LineToPrice;
import io.claimline.billing.pricing.query.Prices;
import io.claimline.billing.pricing.query.ReadModelPrices;
import io.claimline.codesets.ProcedureCode;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.payers.v1.PayerAdded;
import io.claimline.platform.kernel.Money;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.PublishedPayerEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The chargemaster and payer contracts through REST on real PostgreSQL: effective-dated writes, as-of reads, a
 * contract with carve-outs pricing lines, the {@link Prices} port the encounters use, and the refusals (400, 404,
 * 409) that store nothing. Each test uses a clinic of its own; the payer comes through billing's payer copy.
 */
@ClaimlineServiceTest
class PricingIT {

    static final String PRICES = """
            {"effectiveFrom": "2026-01-01", "prices": [
              {"code": "99213", "unitPrice": "125.00"},
              {"code": "j3301", "unitPrice": "20.00"},
              {"code": "36415", "unitPrice": "12.00"}]}""";
    static final String CONTRACT = """
            {"effectiveFrom": "2026-02-01", "method": "PERCENT_OF_BASE", "percent": "80", "base": "CHARGEMASTER",
             "carveOuts": [
               {"code": "J3301", "kind": "FIXED_AMOUNT", "amount": "15.00"},
               {"code": "36415", "kind": "NOT_COVERED"}]}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired PayerCopies payers;
    @Autowired Prices prices;
    @Autowired MeterRegistry meters;

    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Test
    void aChargemasterKeepsEveryPriceForItsDatesAndEndsPrices() throws Exception {
        String clinic = newClinic();
        mvc.perform(manager(put("/api/billing/chargemaster/prices"), clinic).content(PRICES))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(manager(put("/api/billing/chargemaster/prices"), clinic).header("If-Match", "\"0\"")
                        .content("""
                                {"effectiveFrom": "2026-07-01", "prices": [{"code": "99213", "unitPrice": "135.50"}]}"""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(manager(post("/api/billing/chargemaster/price-ends"), clinic)
                        .content("{\"effectiveTo\": \"2026-03-31\", \"codes\": [{\"code\": \"J3301\"}]}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));

        JsonNode march = chargemaster(clinic, "2026-03-31");
        assertThat(march.get("prices")).extracting(p -> p.get("code").asText() + "=" + p.at("/unitPrice/amount")
                .asText()).containsExactly("36415=12.00", "99213=125.00", "J3301=20.00");
        JsonNode july = chargemaster(clinic, "2026-07-01");
        assertThat(july.get("prices")).extracting(p -> p.get("code").asText() + "=" + p.at("/unitPrice/amount")
                .asText()).containsExactly("36415=12.00", "99213=135.50");
        assertThat(july.at("/prices/1/effectiveFrom").asText()).isEqualTo("2026-07-01");
        assertThat(july.get("version").asLong()).isEqualTo(2);

        ProcedureCode visit = ProcedureCode.of("99213");
        assertThat(prices.unitPrice(clinic, visit, LocalDate.of(2026, 6, 30))).contains(Money.usd("125.00"));
        assertThat(prices.unitPrice(clinic, visit, LocalDate.of(2026, 7, 1))).contains(Money.usd("135.50"));
        assertThat(prices.unitPrice(clinic, visit, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(prices.unitPrice(clinic, ProcedureCode.of("J3301"), LocalDate.of(2026, 4, 1))).isEmpty();
        assertThat(prices.unitPrice(newClinic(), visit, LocalDate.of(2026, 6, 30))).as("another clinic's").isEmpty();

        for (String role : List.of("biller", "manager", "auditor", "admin", "clinic_system")) {
            mvc.perform(get("/api/billing/chargemaster").with(userOf(clinic, role))).andExpect(status().isOk());
        }
        for (String role : List.of("biller", "auditor", "front_desk", "clinic_system", "collections", "provider")) {
            mvc.perform(put("/api/billing/chargemaster/prices").with(userOf(clinic, role))
                            .contentType(MediaType.APPLICATION_JSON).content(PRICES))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/billing/chargemaster").with(userOf(newClinic(), "biller")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aContractWithCarveOutsPricesLinesAndTheirExpectedReimbursementOnTheDateOfService() throws Exception {
        String clinic = newClinic();
        UUID payer = payer(clinic);
        mvc.perform(manager(put("/api/billing/chargemaster/prices"), clinic).content(PRICES))
                .andExpect(status().isOk());
        mvc.perform(admin(put("/api/billing/payers/{payerId}/contract", payer), clinic).content(CONTRACT))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(payer.toString()));
        // From July the payer pays its own fee schedule instead; the carve-out of J3301 goes.
        mvc.perform(admin(put("/api/billing/payers/{payerId}/contract", payer), clinic).header("If-Match", "\"0\"")
                        .content("""
                                {"effectiveFrom": "2026-07-01", "method": "FEE_SCHEDULE", "scheduleName": "Aetna 2026",
                                 "schedule": [{"code": "99213", "amount": "92.50"}]}"""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        double unpricedBefore = unpriced();
        String lines = """
                {"dateOfService": "%s", "lines": [
                  {"code": "99213", "modifiers": ["25"], "units": 1},
                  {"code": "J3301", "units": 2, "charge": "40.00"},
                  {"code": "36415", "units": 1},
                  {"code": "99214", "units": 1, "charge": "180.00"},
                  {"code": "99215", "units": 1}]}""";
        mvc.perform(biller(post("/api/billing/payers/{payerId}/expected-reimbursement", payer), clinic)
                        .content(lines.formatted("2026-03-15")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].charge.amount").value("125.00"))
                .andExpect(jsonPath("$.lines[0].chargeSource").value("CHARGEMASTER"))
                .andExpect(jsonPath("$.lines[0].modifiers[0]").value("25"))
                .andExpect(jsonPath("$.lines[0].allowed.amount").value("100.00"))
                .andExpect(jsonPath("$.lines[0].expectedReimbursement.amount").value("100.00"))
                .andExpect(jsonPath("$.lines[1].allowed.amount").value("30.00"))
                .andExpect(jsonPath("$.lines[1].expectedReimbursement.amount").value("30.00"))
                .andExpect(jsonPath("$.lines[2].status").value("NOT_COVERED"))
                .andExpect(jsonPath("$.lines[2].charge.amount").value("12.00"))
                .andExpect(jsonPath("$.lines[3].status").value("NOT_PRICED"))
                .andExpect(jsonPath("$.lines[4].status").value("NO_CHARGE"))
                .andExpect(jsonPath("$.totalCharge.amount").value("357.00"))
                .andExpect(jsonPath("$.totalExpectedReimbursement.amount").value("130.00"));
        assertThat(unpriced()).as("the not covered, not priced and no-charge lines are counted")
                .isEqualTo(unpricedBefore + 3);

        mvc.perform(biller(post("/api/billing/payers/{payerId}/expected-reimbursement", payer), clinic)
                        .content(lines.formatted("2026-07-15")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].expectedReimbursement.amount").value("92.50"))
                .andExpect(jsonPath("$.lines[1].status").value("NOT_PRICED"))
                .andExpect(jsonPath("$.totalExpectedReimbursement.amount").value("92.50"));
        mvc.perform(biller(post("/api/billing/payers/{payerId}/expected-reimbursement", payer), clinic)
                        .content(lines.formatted("2026-01-15")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].status").value("NO_CONTRACT"))
                .andExpect(jsonPath("$.totalExpectedReimbursement.amount").value("0.00"));

        // The port the encounters call: the lesser of the allowed amount and the line's charge.
        LineToPrice visit = new LineToPrice(ProcedureCode.of("99213"), List.of(), 2, Money.usd("150.00"));
        assertThat(prices.expectedReimbursement(clinic, payer, visit, LocalDate.of(2026, 3, 15)))
                .contains(Money.usd("150.00"));
        assertThat(prices.expectedReimbursement(clinic, payer, visit, LocalDate.of(2026, 7, 15)))
                .contains(Money.usd("150.00"));
        assertThat(prices.expectedReimbursement(clinic, payer,
                new LineToPrice(ProcedureCode.of("36415"), List.of(), 1, Money.usd("12.00")),
                LocalDate.of(2026, 3, 15))).isEmpty();
        assertThat(prices.expectedReimbursement(clinic, UUID.randomUUID(), visit, LocalDate.of(2026, 3, 15)))
                .isEqualTo(Optional.empty());

        mvc.perform(get("/api/billing/payers/{payerId}/contract", payer).param("asOf", "2026-03-15")
                        .with(userOf(clinic, "auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.effectiveFrom").value("2026-02-01"))
                .andExpect(jsonPath("$.terms.method").value("PERCENT_OF_BASE"))
                .andExpect(jsonPath("$.terms.carveOuts[0].code").value("J3301"));

        mvc.perform(admin(post("/api/billing/payers/{payerId}/contract/end", payer), clinic)
                        .content("{\"effectiveTo\": \"2026-09-30\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        assertThat(prices.expectedReimbursement(clinic, payer, visit, LocalDate.of(2026, 9, 30))).isPresent();
        assertThat(prices.expectedReimbursement(clinic, payer, visit, LocalDate.of(2026, 10, 1))).isEmpty();
        mvc.perform(get("/api/billing/payers/{payerId}/contract", payer).param("asOf", "2026-10-01")
                        .with(userOf(clinic, "biller")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String clinic = newClinic();
        UUID payer = payer(clinic);
        mvc.perform(manager(put("/api/billing/chargemaster/prices"), clinic).content("""
                        {"effectiveFrom": "2026-01-01", "prices": [
                          {"code": "9921", "unitPrice": "125.00"},
                          {"code": "99214", "unitPrice": "-1"},
                          {"code": "99215", "unitPrice": "10.005"},
                          {"code": "99214", "unitPrice": "10.00"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("prices[0].code",
                        "prices[1].unitPrice", "prices[2].unitPrice", "prices[3].code")));
        mvc.perform(manager(put("/api/billing/chargemaster/prices"), clinic)
                        .content("{\"prices\": [{\"code\": \"99213\", \"unitPrice\": 125}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(manager(put("/api/billing/payers/{payerId}/contract", payer), clinic).content("""
                        {"effectiveFrom": "2026-01-01", "method": "PERCENT_OF_BASE", "base": "FEE_SCHEDULE",
                         "carveOuts": [{"code": "J3301", "kind": "PERCENT_OF_CHARGE", "amount": "15.00"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("percent", "scheduleName",
                        "schedule", "carveOuts[0].amount", "carveOuts[0].percent")));
        mvc.perform(manager(put("/api/billing/payers/{payerId}/contract", payer), clinic)
                        .content("{\"effectiveFrom\": \"2026-01-01\", \"method\": \"CAPITATION\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"));
        mvc.perform(biller(post("/api/billing/payers/{payerId}/expected-reimbursement", payer), clinic).content("""
                        {"dateOfService": "2026-03-15", "lines": [
                          {"code": "99213", "units": 0, "modifiers": ["25", "59", "XE", "XS", "76"]}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lines[0].units",
                        "lines[0].modifiers")));
        assertThat(events(clinic)).isZero();
    }

    @Test
    void anUnknownPayerIsNotFoundAndVersionsThatOverlapConflict() throws Exception {
        String clinic = newClinic();
        UUID unknown = UUID.randomUUID();
        mvc.perform(admin(put("/api/billing/payers/{payerId}/contract", unknown), clinic).content(CONTRACT))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/billing/payers/{payerId}/contract", unknown).with(userOf(clinic, "biller")))
                .andExpect(status().isNotFound());
        mvc.perform(biller(post("/api/billing/payers/{payerId}/expected-reimbursement", unknown), clinic)
                        .content("{\"dateOfService\": \"2026-03-15\", \"lines\": [{\"code\": \"99213\", \"units\": 1}]}"))
                .andExpect(status().isNotFound());
        UUID payer = payer(clinic);
        mvc.perform(get("/api/billing/payers/{payerId}/contract", payer).with(userOf(clinic, "biller")))
                .andExpect(status().isNotFound());
        mvc.perform(admin(post("/api/billing/payers/{payerId}/contract/end", payer), clinic)
                        .content("{\"effectiveTo\": \"2026-09-30\"}"))
                .andExpect(status().isNotFound());

        mvc.perform(manager(put("/api/billing/chargemaster/prices"), clinic).content(PRICES))
                .andExpect(status().isOk());
        mvc.perform(manager(put("/api/billing/chargemaster/prices"), clinic).content(
                        "{\"effectiveFrom\": \"2026-01-01\", \"prices\": [{\"code\": \"36415\", \"unitPrice\": \"9.00\"}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
                .andExpect(jsonPath("$.detail").value("the price of 36415 already has a version effective from this date"));
        mvc.perform(manager(put("/api/billing/chargemaster/prices"), clinic).header("If-Match", "\"7\"").content(
                        "{\"effectiveFrom\": \"2026-05-01\", \"prices\": [{\"code\": \"36415\", \"unitPrice\": \"9.00\"}]}"))
                .andExpect(status().isConflict());
        mvc.perform(admin(put("/api/billing/payers/{payerId}/contract", payer), clinic).content(CONTRACT))
                .andExpect(status().isOk());
        mvc.perform(admin(put("/api/billing/payers/{payerId}/contract", payer), clinic)
                        .content(CONTRACT.replace("2026-02-01", "2026-01-15")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        mvc.perform(put("/api/billing/payers/{payerId}/contract", payer).with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON).content(CONTRACT))
                .andExpect(status().isForbidden());
        assertThat(events(clinic)).isEqualTo(2);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameWriteOnce() throws Exception {
        String clinic = newClinic();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(manager(put("/api/billing/chargemaster/prices"), clinic)
                            .header("Idempotency-Key", "prices-2026").content(PRICES))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Idempotency-Replayed", String.valueOf(attempt == 1)))
                    .andExpect(jsonPath("$.version").value(0));
        }
        assertThat(events(clinic)).isEqualTo(1);
    }

    private UUID payer(String clinic) {
        UUID payerId = UUID.randomUUID();
        IntegrationEvent added = PublishedPayerEvents.payerAdded(payerId.toString(), clinic,
                PublishedPayerEvents.terms("Aetna", "60054", 90));
        payers.added(added, codec.payload(added, PayerAdded.class));
        return payerId;
    }

    private double unpriced() {
        return meters.find(ReadModelPrices.UNPRICED_LINES).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private JsonNode chargemaster(String clinic, String asOf) throws Exception {
        return json.readTree(mvc.perform(get("/api/billing/chargemaster").param("asOf", asOf)
                        .with(userOf(clinic, "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long events(String clinic) {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier LIKE ?",
                Long.class, "%:" + clinic + "%");
    }

    private static String newClinic() {
        return "clinic-" + UUID.randomUUID();
    }

    private MockHttpServletRequestBuilder manager(MockHttpServletRequestBuilder request, String clinic) {
        return request.with(userOf(clinic, "manager")).contentType(MediaType.APPLICATION_JSON);
    }

    private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request, String clinic) {
        return request.with(userOf(clinic, "admin")).contentType(MediaType.APPLICATION_JSON);
    }

    private MockHttpServletRequestBuilder biller(MockHttpServletRequestBuilder request, String clinic) {
        return request.with(userOf(clinic, "biller")).contentType(MediaType.APPLICATION_JSON);
    }
}
