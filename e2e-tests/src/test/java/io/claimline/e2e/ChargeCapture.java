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

    /**
     * The chargemaster the encounter tests price from: from February 2026, so that it follows whatever another test
     * priced from January (a version must start after the latest); a second call is answered 409, as it should.
     */
    static void chargemaster(GatewayClient manager) {
        GatewayClient.Response prices = manager.send("PUT", "/api/billing/chargemaster/prices", """
                {"effectiveFrom": "2026-02-01", "prices": [{"code": "99213", "unitPrice": "125.00"},
                 {"code": "93000", "unitPrice": "40.00"}]}""");
        assertThat(prices.status()).as(prices.body()).isIn(200, 409);
    }

    /** A new payer named as the seed's ("Demo Health Plan"), with an EDI id of its own. */
    static String payer(GatewayClient admin) {
        String edi = "E2E" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        GatewayClient.Response added = admin.postJson("/api/patients/payers", """
                {"name": "Demo Health Plan", "ediPayerId": "%s", "claimFilingIndicator": "CI", "initialClaimDays": 90,
                 "correctedClaimDays": 180, "appealDays": 180,
                 "address": {"line1": "PO Box 1000", "city": "Hartford", "state": "CT", "postalCode": "06101"},
                 "acceptsElectronicClaims": true}""".formatted(edi));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("payerId").asText();
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
