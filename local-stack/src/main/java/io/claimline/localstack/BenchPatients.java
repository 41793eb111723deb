package io.claimline.localstack;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request bodies of the load: a patient with full demographics and a coverage, made up per registration. Values
 * vary like a clinic's (birth dates over eighty years, phones, streets), so blind-key matching meets the share of
 * look-alikes a real registry has, not one person registered thousands of times.
 */
final class BenchPatients {

    private static final String[] GIVEN = {"Ada", "Grace", "Alan", "Maria", "John", "Lily", "Omar", "Mei", "Sofia",
            "Liam", "Noah", "Emma", "Ava", "Lucas", "Chloe", "Ivan"};
    private static final String[] STREETS = {"Main St", "Oak Ave", "Elm Street", "Analytical Way", "Lake Rd",
            "Hill Dr", "Maple Lane", "Cedar Ct"};

    private BenchPatients() {
    }

    static String person(String key) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String family = "Load" + key.substring(6, 14).replaceAll("[^a-f]", "x");
        return String.format(Locale.ROOT, """
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%04d-%02d-%02d", "sex": "%s",
                 "address": {"line1": "%d %s", "city": "Springfield", "state": "IL", "postalCode": "627%02d"},
                 "phone": "(217) %03d-%04d", "email": "%s@example.org", "preferredContactMethod": "EMAIL",
                 "language": "en"}""", GIVEN[random.nextInt(GIVEN.length)], family, 1940 + random.nextInt(80),
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextBoolean() ? "F" : "M",
                1 + random.nextInt(9999), STREETS[random.nextInt(STREETS.length)], random.nextInt(100),
                200 + random.nextInt(700), random.nextInt(10000), family.toLowerCase(Locale.ROOT));
    }

    static String coverage(String payerId, String key) {
        String member = "BM" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL)
                .toUpperCase(Locale.ROOT);
        return """
                {"payerId": "%s", "planName": "Bench PPO", "memberId": "%s", "groupNumber": "GRP-1",
                 "relationship": "SELF", "priority": "PRIMARY", "effectiveDate": "2026-01-01",
                 "benefits": {"copay": 25.00, "coinsurance": 0.20}}""".formatted(payerId, member);
    }
}
