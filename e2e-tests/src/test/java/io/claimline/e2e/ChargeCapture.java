package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** What recording an encounter through the gateway needs of the clinic's practice setup, made once per stack. */
final class ChargeCapture {

    /** The seeded provider user's NPI (gateway application-local.yml): she renders the encounters. */
    static final String PROVIDER_NPI = "1234567893";

    private ChargeCapture() {
    }

    /** The provider and service location to record an encounter with. */
    record Practice(String provider, String location) {
    }

    /** The clinic's practice in effect on the date of service, with the seeded provider and a location. */
    static Practice practice(GatewayClient admin, String dateOfService) {
        if (admin.get("/api/billing/practice?asOf=" + dateOfService).status() == 404) {
            GatewayClient.Response answer = admin.send("PUT", "/api/billing/practice/clinic-profile", """
                    {"effectiveFrom": "2026-01-01", "legalName": "Riverside Family Medicine LLC",
                     "billingNpi": "1045678905", "taxId": "12-3456789", "taxonomy": "207Q00000X",
                     "billingAddress": {"line1": "100 Main Street", "city": "Springfield", "state": "IL",
                                        "postalCode": "62701-1234"}}""");
            assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        }
        JsonNode setup = ok(admin.get("/api/billing/practice?asOf=" + dateOfService));
        String providerId = null;
        for (JsonNode candidate : setup.get("providers")) {
            if (candidate.get("npi").asText().equals(PROVIDER_NPI)) {
                providerId = candidate.get("providerId").asText();
            }
        }
        if (providerId == null) {
            providerId = created(admin.postJson("/api/billing/practice/providers", """
                    {"effectiveFrom": "2026-01-01", "npi": "%s", "givenName": "Grace", "familyName": "Hopper",
                     "taxonomy": "207Q00000X", "credential": "MD"}""".formatted(PROVIDER_NPI)));
        }
        String locationId = setup.get("locations").isEmpty()
                ? created(admin.postJson("/api/billing/practice/locations", """
                        {"effectiveFrom": "2026-01-01", "name": "Riverside Main Office",
                         "address": {"line1": "100 Main Street", "city": "Springfield", "state": "IL",
                                     "postalCode": "62701-1234"}, "placeOfService": "11"}"""))
                : setup.get("locations").get(0).get("locationId").asText();
        return new Practice(providerId, locationId);
    }

    private static String created(GatewayClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static JsonNode ok(GatewayClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
