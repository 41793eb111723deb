package io.claimline.localstack.seed;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Each seeded clinic's payer: one commercial plan that accepts electronic claims. */
final class PayersStep implements SeedStep {

    static final String KEY = "demo-seed:payer:demo-health-plan";
    static final SeedRequest PAYER = new SeedRequest("POST", "/api/patients/payers", KEY, """
            {"name": "Demo Health Plan", "ediPayerId": "DEMO01", "claimFilingIndicator": "CI",
             "initialClaimDays": 90, "correctedClaimDays": 180, "appealDays": 180,
             "address": {"line1": "PO Box 1000", "city": "Hartford", "state": "CT", "postalCode": "06101"},
             "phone": "(860) 555-0100", "acceptsElectronicClaims": true}""");
    private static final Pattern PAYER_ID = Pattern.compile("\"payerId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Override
    public String name() {
        return "payers";
    }

    @Override
    public void run(Gateway gateway, Tenant tenant) {
        payerId(gateway, tenant);
    }

    /** The payer's id: a second run's request is answered from the first (same Idempotency-Key). */
    static String payerId(Gateway gateway, Tenant tenant) {
        Gateway.Answer answer = gateway.write(tenant.adminUser(), PAYER, Optional.empty());
        Matcher id = PAYER_ID.matcher(answer.body());
        if (answer.status() != 201 || !id.find()) {
            throw new IllegalStateException("the payer for " + tenant.clinicId() + " answered " + answer.status());
        }
        return id.group(1);
    }
}
