package io.claimline.localstack.seed;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo patients of each clinic, registered by its front desk: Lily Lovelace, a child whose mother Grace (not a
 * patient) is her guarantor and the subscriber of her coverage — the demo 270 in docs/examples/270 asks about her —
 * and Ada King, who holds her own coverage.
 */
final class PatientsStep implements SeedStep {

    private static final Pattern ID = Pattern.compile("\"(patientId|guarantorId|coverageId)\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Override
    public String name() {
        return "patients";
    }

    @Override
    public void run(Gateway gateway, Tenant tenant) {
        String frontDesk = tenant.adminUser().replace("admin", "frontdesk");
        String payerId = PayersStep.payerId(gateway, tenant);
        String lily = id(gateway, frontDesk, new SeedRequest("POST", "/api/patients", "demo-seed:patient:lily", """
                {"givenName": "Lily", "familyName": "Lovelace", "dateOfBirth": "2015-06-09", "sex": "F",
                 "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL", "postalCode": "62704"},
                 "phone": "(217) 555-0134", "preferredContactMethod": "MAIL", "language": "en"}"""));
        String grace = id(gateway, frontDesk, new SeedRequest("POST", "/api/patients/guarantors",
                "demo-seed:guarantor:grace", """
                {"givenName": "Grace", "familyName": "Lovelace", "dateOfBirth": "1985-03-01", "sex": "F",
                 "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL", "postalCode": "62704"},
                 "phone": "(217) 555-0134", "email": "grace.lovelace@example.org"}"""));
        String version = gateway.get(frontDesk, "/api/patients/" + lily).eTag().orElse("\"0\"");
        if (version.contains("0")) {
            write(gateway, frontDesk, new SeedRequest("PUT", "/api/patients/" + lily + "/guarantor",
                    "demo-seed:guarantor-of:lily", """
                    {"kind": "PERSON", "guarantorId": "%s", "reason": "mother"}""".formatted(grace)),
                    Optional.of(version));
        }
        id(gateway, frontDesk, new SeedRequest("POST", "/api/patients/" + lily + "/coverages",
                "demo-seed:coverage:lily", """
                {"payerId": "%s", "planName": "Gold PPO", "memberId": "XGP123456789", "groupNumber": "GRP-55012",
                 "relationship": "CHILD",
                 "subscriber": {"givenName": "Grace", "familyName": "Lovelace", "dateOfBirth": "1985-03-01",
                                "sex": "F", "address": {"line1": "12 Analytical Way", "city": "Springfield",
                                "state": "IL", "postalCode": "62704"}},
                 "priority": "PRIMARY", "effectiveDate": "2026-01-01"}""".formatted(payerId)));
        String ada = id(gateway, frontDesk, new SeedRequest("POST", "/api/patients", "demo-seed:patient:ada", """
                {"givenName": "Ada", "familyName": "King", "dateOfBirth": "1980-12-10", "sex": "F",
                 "address": {"line1": "7 Difference Engine Rd", "city": "Springfield", "state": "IL",
                             "postalCode": "62702"},
                 "phone": "(217) 555-0188", "email": "ada.king@example.org", "language": "en"}"""));
        id(gateway, frontDesk, new SeedRequest("POST", "/api/patients/" + ada + "/coverages",
                "demo-seed:coverage:ada", """
                {"payerId": "%s", "planName": "Silver HMO", "memberId": "XGP555000111", "relationship": "SELF",
                 "priority": "PRIMARY", "effectiveDate": "2026-01-01"}""".formatted(payerId)));
    }

    private static String id(Gateway gateway, String user, SeedRequest request) {
        Gateway.Answer answer = write(gateway, user, request, Optional.empty());
        Matcher id = ID.matcher(answer.body());
        if (!id.find()) {
            throw new IllegalStateException(request.path() + " answered no id");
        }
        return id.group(2);
    }

    private static Gateway.Answer write(Gateway gateway, String user, SeedRequest request, Optional<String> ifMatch) {
        Gateway.Answer answer = gateway.write(user, request, ifMatch);
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.path() + " answered " + answer.status()
                    + ": " + answer.body());
        }
        return answer;
    }
}
