package io.claimline.localstack.seed;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Each seeded clinic's prices, set by its manager: a small chargemaster effective from 2026-01-01 (office visits,
 * an ECG, a venipuncture, an annual wellness visit, a urinalysis) and the contract with the seeded payer "Demo
 * Health Plan": 80 % of the chargemaster, the ECG carved out at a fixed 22.15. So an encounter recorded after
 * {@code ./claimline seed} gets its charges and expected reimbursement without typing any.
 *
 * <p>The payer reaches billing's payer copy asynchronously (patient-service publishes it, billing consumes it), and
 * the contract of a payer billing does not know yet is 404: the contract is retried while it answers 404, for at
 * most {@link #PAYER_COPY_WAIT}. A second run's writes are answered from the first (same Idempotency-Keys); a 409
 * saying a version from that date is already there (written under another key, e.g. by hand from
 * billing-service.http) counts as done too: the seed never replaces a clinic's own prices.
 */
final class PricingStep implements SeedStep {

    static final String EFFECTIVE_FROM = "2026-01-01";

    /** A code's unit price in USD. */
    record Price(String code, String unitPrice) {
    }

    /** The chargemaster, in the order it is sent. */
    static final List<Price> PRICES = List.of(new Price("99213", "125.00"), new Price("99214", "185.00"),
            new Price("93000", "40.00"), new Price("36415", "12.00"), new Price("G0438", "180.00"),
            new Price("81002", "9.00"));

    /** The contract's percentage of the chargemaster, and its one carve-out (a fixed amount per unit). */
    static final String PERCENT = "80";
    static final String CARVED_OUT_CODE = "93000";
    static final String CARVED_OUT_AMOUNT = "22.15";

    /** A payer written a moment ago is normally in billing's copy within a second; a busy stack takes longer. */
    static final Duration PAYER_COPY_WAIT = Duration.ofSeconds(60);

    /** The rule message billing answers (409) when a price or contract version from the date is already there. */
    static final String SAME_VERSION_THERE = "already has a version effective from this date";

    @Override
    public String name() {
        return "chargemaster and payer contract";
    }

    @Override
    public void run(Gateway gateway, Tenant tenant) {
        String manager = manager(tenant);
        expectDone(gateway.write(manager, chargemaster(), Optional.empty()), chargemaster(), tenant);
        SeedRequest contract = contract(PayersStep.payerId(gateway, tenant));
        AtomicReference<Gateway.Answer> answer = new AtomicReference<>();
        try {
            await().atMost(PAYER_COPY_WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                answer.set(gateway.write(manager, contract, Optional.empty()));
                return answer.get().status() != 404;
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("the payer of " + tenant.clinicId() + " did not reach billing-service "
                    + "within " + PAYER_COPY_WAIT.toSeconds() + " s (is its payer-events consumer running?)", e);
        }
        expectDone(answer.get(), contract, tenant);
    }

    /** The clinic's manager (manager, manager-2), beside its admin (admin, admin-2). */
    static String manager(Tenant tenant) {
        return tenant.adminUser().replace("admin", "manager");
    }

    /** The chargemaster write: the same for every clinic (the key is per clinic on billing's side). */
    static SeedRequest chargemaster() {
        String prices = PRICES.stream()
                .map(price -> "{\"code\": \"%s\", \"unitPrice\": \"%s\"}"
                        .formatted(price.code(), price.unitPrice()))
                .collect(Collectors.joining(", ", "[", "]"));
        return new SeedRequest("PUT", "/api/billing/chargemaster/prices", "demo-seed:chargemaster:2026", """
                {"effectiveFrom": "%s", "prices": %s}""".formatted(EFFECTIVE_FROM, prices));
    }

    /** The contract write with the clinic's Demo Health Plan. */
    static SeedRequest contract(String payerId) {
        return new SeedRequest("PUT", "/api/billing/payers/" + payerId + "/contract",
                "demo-seed:contract:demo-health-plan:2026", """
                {"effectiveFrom": "%s", "method": "PERCENT_OF_BASE", "percent": "%s", "base": "CHARGEMASTER",
                 "carveOuts": [{"code": "%s", "kind": "FIXED_AMOUNT", "amount": "%s"}]}"""
                        .formatted(EFFECTIVE_FROM, PERCENT, CARVED_OUT_CODE, CARVED_OUT_AMOUNT));
    }

    /** Written now (200), answered from an earlier run (200, replayed), or already there under another key (409). */
    static boolean done(Gateway.Answer answer) {
        return answer.status() == 200 || answer.status() == 409 && answer.body().contains(SAME_VERSION_THERE);
    }

    private static void expectDone(Gateway.Answer answer, SeedRequest request, Tenant tenant) {
        if (!done(answer)) {
            throw new IllegalStateException(request.method() + " " + request.path() + " for " + tenant.clinicId()
                    + " answered " + answer.status() + ": " + answer.body());
        }
    }
}
