package io.claimline.localstack.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo practice setups are well-formed, the same on every run, and distinct per clinic. */
class PracticeSetupStepTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyClinicGetsItsProfileTwoProvidersAndOneLocationInThatOrder() {
        for (Tenant tenant : DemoSeed.TENANTS) {
            assertThat(PracticeSetupStep.requests(tenant.clinicId())).extracting(SeedRequest::path).containsExactly(
                    "/api/billing/practice/clinic-profile", "/api/billing/practice/providers",
                    "/api/billing/practice/providers", "/api/billing/practice/locations");
        }
    }

    @Test
    void aSecondRunSendsTheSameKeysAndBodies() {
        assertThat(PracticeSetupStep.requests("clinic-001")).isEqualTo(PracticeSetupStep.requests("clinic-001"));
        assertThat(PracticeSetupStep.requests("clinic-001")).extracting(SeedRequest::idempotencyKey)
                .doesNotHaveDuplicates().allMatch(key -> key.startsWith("demo-seed:"));
    }

    @Test
    void everyNpiPassesItsCheckDigitAndNoneIsShared() throws Exception {
        List<String> npis = new ArrayList<>();
        for (Tenant tenant : DemoSeed.TENANTS) {
            for (SeedRequest request : PracticeSetupStep.requests(tenant.clinicId())) {
                JsonNode body = json.readTree(request.body());
                for (String field : new String[] {"billingNpi", "npi"}) {
                    if (body.has(field)) {
                        npis.add(body.get(field).asText());
                    }
                }
            }
        }
        assertThat(npis).hasSize(8).doesNotHaveDuplicates().allMatch(PracticeSetupStepTest::validNpi);
    }

    @Test
    void addressesAreStreetAddressesWithZipPlusFourAndCodesAreWellFormed() throws Exception {
        for (SeedRequest request : PracticeSetupStep.requests("clinic-002")) {
            JsonNode body = json.readTree(request.body());
            JsonNode address = body.has("billingAddress") ? body.get("billingAddress") : body.get("address");
            if (address != null) {
                assertThat(address.get("postalCode").asText().replace("-", "")).hasSize(9);
                assertThat(address.get("line1").asText()).doesNotContainIgnoringCase("box");
            }
            if (body.has("taxonomy")) {
                assertThat(body.get("taxonomy").asText()).matches("\\d{3}[A-Z0-9]{6}X");
            }
            if (body.has("taxId")) {
                assertThat(body.get("taxId").asText()).matches("\\d{2}-\\d{7}");
            }
            assertThat(body.get("effectiveFrom").asText()).isEqualTo("2026-01-01");
        }
    }

    /** The NPI check digit (CMS): Luhn over 80840 and the ten digits. */
    private static boolean validNpi(String npi) {
        if (!npi.matches("[12]\\d{9}")) {
            return false;
        }
        String digits = "80840" + npi;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
