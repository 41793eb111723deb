package io.claimline.localstack.seed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each seeded clinic's practice setup: the clinic profile, two providers and one service location, effective from
 * 2026-01-01, with fake but well-formed NPIs (their Luhn check digits hold) and EINs. Every write has a stable
 * Idempotency-Key (keys are per clinic), so a second run answers the first run's results and changes nothing.
 */
final class PracticeSetupStep implements SeedStep {

    /**
     * Per clinic: billing NPI, EIN, legal name, street, two provider NPIs, location NPI. The first provider is the
     * seeded `provider` user (their token carries the same NPI), so they can confirm their encounters.
     */
    private static final Map<String, String[]> CLINICS = Map.of(
            "clinic-001", new String[] {"1045678905", "12-3456789", "Riverside Family Medicine LLC",
                "100 Main Street", "1234567893", "1333444556", "2765432101"},
            "clinic-002", new String[] {"1444555662", "98-7654321", "Lakeview Internal Medicine PC",
                "42 Harbor Road", "1987654328", "1666777887", "1777888995"});

    @Override
    public String name() {
        return "practice setup";
    }

    @Override
    public void run(Gateway gateway, Tenant tenant) {
        List<SeedRequest> requests = requests(tenant.clinicId());
        // The clinic profile first: creating the practice needs no If-Match, changing it does, and a second run's
        // retry of the same key is answered from the first run whatever version it names.
        Optional<String> version = gateway.get(tenant.adminUser(), "/api/billing/practice?asOf=2026-01-01").eTag();
        for (SeedRequest request : requests) {
            Gateway.Answer answer = gateway.write(tenant.adminUser(), request,
                    request.method().equals("PUT") ? version : Optional.empty());
            if (answer.status() != 200 && answer.status() != 201) {
                throw new IllegalStateException(request.method() + " " + request.path() + " for " + tenant.clinicId()
                        + " answered " + answer.status() + ": " + answer.body());
            }
        }
    }

    /** The writes for one clinic, in order; the same every time. */
    static List<SeedRequest> requests(String clinicId) {
        String[] c = CLINICS.get(clinicId);
        if (c == null) {
            throw new IllegalArgumentException("no demo practice for " + clinicId);
        }
        String address = """
                {"line1": "%s", "line2": "Suite 200", "city": "Springfield", "state": "IL", "postalCode": "62701-1234"}"""
                .formatted(c[3]);
        return List.of(
                new SeedRequest("PUT", "/api/billing/practice/clinic-profile", "demo-seed:practice:clinic-profile", """
                        {"effectiveFrom": "2026-01-01", "legalName": "%s", "billingNpi": "%s", "taxId": "%s",
                         "taxonomy": "207Q00000X", "billingAddress": %s,
                         "payToAddress": {"line1": "PO Box 4400", "city": "Springfield", "state": "IL",
                                          "postalCode": "62708"}}""".formatted(c[2], c[0], c[1], address)),
                // Its own key since the first provider became the seeded provider user (her NPI changed): a stack
                // seeded before adds her beside the earlier one instead of refusing the reused key.
                new SeedRequest("POST", "/api/billing/practice/providers", "demo-seed:practice:provider-1:user-npi", """
                        {"effectiveFrom": "2026-01-01", "npi": "%s", "givenName": "Grace", "familyName": "Hopper",
                         "taxonomy": "207Q00000X", "credential": "MD"}""".formatted(c[4])),
                new SeedRequest("POST", "/api/billing/practice/providers", "demo-seed:practice:provider-2", """
                        {"effectiveFrom": "2026-01-01", "npi": "%s", "givenName": "Ada", "familyName": "Lovelace",
                         "taxonomy": "363LF0000X", "credential": "NP"}""".formatted(c[5])),
                new SeedRequest("POST", "/api/billing/practice/locations", "demo-seed:practice:location-1", """
                        {"effectiveFrom": "2026-01-01", "name": "Main Office", "address": %s,
                         "placeOfService": "11", "npi": "%s"}""".formatted(address, c[6])));
    }
}
