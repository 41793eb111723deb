package io.claimline.localstack.faults;

/**
 * {@code kill -9} of patient-service while clients register: requests in flight are cut, possibly after their
 * commit; the clients retry with the same Idempotency-Keys until the restarted service answers.
 */
public final class PatientServiceKill extends Fault {

    public PatientServiceKill(Stack stack) {
        super(stack);
    }

    @Override
    public String name() {
        return "kill -9 of patient-service during registrations";
    }

    @Override
    void inject(Outcome outcome, Load load) {
        load.awaitAcknowledged(PROGRESS);
        stack.kill("patient-service");
        outcome.step("killed patient-service (SIGKILL) after " + load.acknowledged() + " acknowledged");
        stack.start("patient-service");
        outcome.step("patient-service restarted and ready");
    }
}
