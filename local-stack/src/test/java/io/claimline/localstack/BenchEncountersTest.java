package io.claimline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encounter workload finds the seeded provider in billing's practice view and sends a well-formed visit. */
class BenchEncountersTest {

    private static final String HOPPER = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3";
    private static final String LOVELACE = "5c1d7e3f-8a2b-4c9d-9e0f-1a2b3c4d5e6f";
    private static final String OFFICE = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d";

    /** GET /api/billing/practice as billing answers it (PracticeSetup), the seeded provider second this time. */
    private static final String PRACTICE = """
            {"clinicId": "clinic-001", "asOf": "2026-03-02",
             "clinic": {"effectiveFrom": "2026-01-01", "legalName": "Riverside Family Medicine LLC",
                        "billingNpi": "1045678905", "billingAddress": {"line1": "100 Main Street"}},
             "providers": [
               {"providerId": "%s", "effectiveFrom": "2026-01-01", "effectiveTo": null, "npi": "1333444556",
                "givenName": "Ada", "familyName": "Lovelace", "taxonomy": "363LF0000X", "credential": "NP"},
               {"providerId": "%s", "effectiveFrom": "2026-01-01", "effectiveTo": null, "npi": "1234567893",
                "givenName": "Grace", "familyName": "Hopper", "taxonomy": "207Q00000X", "credential": "MD"}],
             "locations": [{"locationId": "%s", "effectiveFrom": "2026-01-01", "name": "Main Office",
                            "address": {"line1": "100 Main Street"}, "placeOfService": "11", "npi": "2765432101"}],
             "version": 3}""".formatted(LOVELACE, HOPPER, OFFICE);

    @Test
    void theProviderIsFoundByTheNpiOnTheSeededProvidersToken() {
        assertThat(BenchEncounters.providerId(PRACTICE, BenchEncounters.PROVIDER_NPI)).contains(HOPPER);
        assertThat(BenchEncounters.providerId(PRACTICE, "1333444556")).contains(LOVELACE);
        // the clinic's billing NPI and the location's NPI are not providers'
        assertThat(BenchEncounters.providerId(PRACTICE, "1045678905")).isEmpty();
        assertThat(BenchEncounters.providerId(PRACTICE, "2765432101")).isEmpty();
        assertThat(BenchEncounters.providerId("{\"providers\": []}", BenchEncounters.PROVIDER_NPI)).isEmpty();
    }

    @Test
    void theFirstIdOfAFieldIsRead() {
        assertThat(BenchEncounters.firstId(PRACTICE, "locationId")).contains(OFFICE);
        assertThat(BenchEncounters.firstId("{\"items\": [{\"payerId\": \"%s\", \"name\": \"Demo Health Plan\"}]}"
                .formatted(LOVELACE), "payerId")).contains(LOVELACE);
        assertThat(BenchEncounters.firstId("{\"items\": []}", "payerId")).isEmpty();
    }

    @Test
    void anIterationRecordsAnInsuredVisitWithTwoLinesPointingAtItsDiagnoses() throws Exception {
        var setup = new BenchEncounters.Setup("biller-token", "provider-token", HOPPER, LOVELACE, OFFICE, HOPPER);
        JsonNode body = new ObjectMapper().readTree(BenchEncounters.encounter(setup));

        assertThat(body.get("coverageId").asText()).isEqualTo(LOVELACE);
        assertThat(body.get("locationId").asText()).isEqualTo(OFFICE);
        assertThat(body.get("serviceFrom").asText()).isEqualTo(BenchEncounters.DATE_OF_SERVICE);
        assertThat(body.get("lines")).hasSize(2);
        assertThat(body.get("lines").findValuesAsText("procedureCode")).containsExactly("99213", "93000");
        int diagnoses = body.get("diagnoses").size();
        for (JsonNode line : body.get("lines")) {
            assertThat(line.get("units").asInt()).isPositive();
            // no charge sent: the chargemaster prices the lines
            assertThat(line.has("charge")).isFalse();
            line.get("diagnosisPointers").forEach(pointer -> assertThat(pointer.asInt()).isBetween(1, diagnoses));
        }
    }

    @Test
    void anEncounterRunLogsItsEncounterIdsAndARegistrationRunItsPatientIds() {
        var encounters = new LoadDriver.Result(1, 1, 1, 0, 1, 1, List.of(), 1, 0, List.of(OFFICE));
        var registrations = new LoadDriver.Result(1, 1, 1, 0, 1, 1, List.of(HOPPER), 1, 0, List.of());

        assertThat(encounters.acknowledgedIds()).containsExactly(OFFICE);
        assertThat(registrations.acknowledgedIds()).containsExactly(HOPPER);
    }
}
