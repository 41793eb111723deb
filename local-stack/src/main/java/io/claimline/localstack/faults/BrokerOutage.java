package io.claimline.localstack.faults;

import java.time.Duration;

/**
 * The Kafka broker stopped while patient-service publishes, and started again on the same port and log directory.
 * Registrations go on meanwhile (the event store is the outbox); publishing resumes from the publisher's token.
 */
public final class BrokerOutage extends Fault {

    /**
     * A deliberate outage length, not a wait for anything: the short end of 10 to 30 s, long enough for the
     * publisher's sends and the consumers' fetches to fail and back off, short enough for the suite's time budget.
     */
    static final Duration OUTAGE = Duration.ofSeconds(10);

    public BrokerOutage(Stack stack) {
        super(stack);
    }

    @Override
    public String name() {
        return "Kafka broker stopped for " + OUTAGE.toSeconds() + " s during publishing";
    }

    @Override
    void inject(Outcome outcome, Load load) {
        load.awaitAcknowledged(PROGRESS);
        stack.stop("kafka");
        long acknowledgedAtStop = load.acknowledged();
        outcome.step("stopped the broker after " + acknowledgedAtStop + " acknowledged");
        hold(OUTAGE);
        long duringOutage = load.acknowledged() - acknowledgedAtStop;
        outcome.check("registrations are acknowledged while the broker is down", duringOutage > 0,
                duringOutage + " acknowledged in " + OUTAGE.toSeconds() + " s");
        stack.start("kafka");
        outcome.step("started the broker again (same port, same log directory)");
    }

    private static void hold(Duration outage) {
        try {
            // The fault is the broker being away this long (the issue asks for 10-30 s); nothing is awaited here.
            // What comes after (publishing resumed, nothing lost) is polled as conditions.
            Thread.sleep(outage.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
