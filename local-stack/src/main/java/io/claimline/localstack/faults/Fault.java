package io.claimline.localstack.faults;

import io.claimline.localstack.LoadDriver;

/**
 * One fault injected into a running stack while clients register patients, then the recovery, then the checks
 * every fault ends with (N2 over what was registered meanwhile, and a clean reconciliation of the whole stack:
 * N1 for what was acknowledged, N3, N4, N5, N7) and the fault's own. One instance per run.
 */
public abstract class Fault {

    /** Registrations acknowledged before the fault and again after the recovery, to show the stack is working. */
    static final int PROGRESS = 10;

    protected final Stack stack;
    protected final Databases databases;

    protected Fault(Stack stack) {
        this.stack = stack;
        this.databases = new Databases(stack);
    }

    /** What the fault is, in a line. */
    public abstract String name();

    /** Before the load starts. */
    void prepare(Outcome outcome) {
    }

    /** The fault and the recovery from it, with the load running. */
    abstract void inject(Outcome outcome, Load load);

    /** The fault's own checks, after the common ones. */
    void verify(Outcome outcome) {
    }

    public final Outcome run() {
        Outcome outcome = new Outcome(name());
        Registrations registrations = new Registrations(databases);
        long mark = registrations.mark();
        prepare(outcome);
        LoadDriver.Result result;
        try (Load load = Load.start(stack)) {
            inject(outcome, load);
            load.awaitAcknowledged(PROGRESS);
            result = load.stop();
        }
        outcome.step("load during the fault: " + result);
        registrations.check(outcome, result, mark);
        Reconciled.check(outcome, stack, result.patientIds());
        verify(outcome);
        return outcome;
    }
}
