package io.claimline.localstack.faults;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * patient-service dies between Kafka's acknowledgement of a batch it published and the publisher's token update:
 * the restarted publisher publishes that batch again, with the same event ids. Forced with the platform's fault
 * hook ({@value #HALT}), which halts the JVM (like {@code kill -9}) at exactly that point. Every consumer must
 * count the second copies as duplicates and apply nothing twice.
 */
public final class PublisherHalt extends Fault {

    static final String HALT = "CLAIMLINE_FAULTS_HALT_AFTER_PUBLISHED";
    private static final Duration HALT_WITHIN = Duration.ofSeconds(60);

    private final Map<String, Double> duplicatesBefore = new HashMap<>();

    public PublisherHalt(Stack stack) {
        super(stack);
    }

    @Override
    public String name() {
        return "publisher halted after Kafka's acknowledgement, before its token update";
    }

    @Override
    void prepare(Outcome outcome) {
        stack.stop("patient-service");
        stack.start("patient-service", Map.of(HALT, "true"));
        outcome.step("patient-service restarted with " + HALT + "=true");
        Consumers.SERVICES.forEach(service -> duplicatesBefore.put(service, duplicates(service)));
    }

    @Override
    void inject(Outcome outcome, Load load) {
        boolean halted = stack.awaitExit("patient-service", HALT_WITHIN);
        outcome.check("patient-service halted itself after its first published batch", halted,
                halted ? "halted after " + load.acknowledged() + " acknowledged"
                        : "still running after " + HALT_WITHIN.toSeconds() + " s");
        if (!halted) {
            stack.stop("patient-service");
        }
        stack.start("patient-service");
        outcome.step("patient-service restarted without the hook and ready");
    }

    @Override
    void verify(Outcome outcome) {
        for (String service : Consumers.SERVICES) {
            double before = duplicatesBefore.get(service);
            double after = duplicates(service);
            outcome.check("N4 " + service + " counted the republished events as duplicates", after > before,
                    "claimline_integration_duplicates_total " + before + " -> " + after);
        }
    }

    private double duplicates(String service) {
        return Actuator.counter(stack.serviceUrl(service), "claimline_integration_duplicates_total",
                Consumers.TOPIC);
    }
}
