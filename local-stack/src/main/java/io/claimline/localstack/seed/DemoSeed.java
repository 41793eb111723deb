package io.claimline.localstack.seed;

import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ./claimline seed}: demo data for the running local stack, written through the gateway as the seeded admins
 * of each clinic, so it passes every rule a real client's writes pass. Safe to run again (stable Idempotency-Keys).
 *
 * <p>Usage: {@code DemoSeed <gatewayUrl> [password]}; one line per step and clinic, exit 1 on the first failure.
 */
public final class DemoSeed {

    /** The seeded clinics and their admins (gateway application-local.yml). */
    static final List<Tenant> TENANTS = List.of(new Tenant("clinic-001", "admin"), new Tenant("clinic-002", "admin-2"));

    /**
     * In order: later steps may use what earlier ones wrote (payers and patients come after the practice; prices
     * after the payers, whose contract they write, and after the code sets, which the codes are checked against).
     */
    static final List<SeedStep> STEPS = List.of(new PracticeSetupStep(), new PayersStep(), new PatientsStep(),
            new CodeSetsStep(), new PricingStep());

    private DemoSeed() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: DemoSeed <gatewayUrl> [password]");
            System.exit(2);
        }
        Gateway gateway = new Gateway(args[0], args.length == 2 ? args[1] : "password");
        try {
            seed(gateway, STEPS, System.out::println);
        } catch (RuntimeException e) {
            System.err.println("seed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the steps in order, each for every seeded clinic, with a progress line each; throws on a failure. */
    static void seed(Gateway gateway, List<SeedStep> steps, Consumer<String> progress) {
        for (SeedStep step : steps) {
            for (Tenant tenant : TENANTS) {
                step.run(gateway, tenant);
                progress.accept("seeded " + step.name() + " for " + tenant.clinicId());
            }
        }
    }
}
