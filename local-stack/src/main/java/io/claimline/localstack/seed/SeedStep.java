package io.claimline.localstack.seed;

/**
 * One part of the demo seed (the practice setup, payers, patients…). A step must be safe to run again: every write
 * carries a stable Idempotency-Key, so a second run changes nothing. Add a step by writing a class and listing it
 * in {@link DemoSeed#STEPS}, after the steps whose data it needs.
 */
public interface SeedStep {

    /** A short name for the progress lines, e.g. {@code practice setup}. */
    String name();

    /** Seeds one clinic through the gateway, as that clinic's seeded admin. */
    void run(Gateway gateway, Tenant tenant);
}
