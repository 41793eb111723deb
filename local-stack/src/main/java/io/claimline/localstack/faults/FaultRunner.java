package io.claimline.localstack.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the fault suite against a stack started by {@code ./claimline up} (scripts/faults.sh): each fault under
 * load, then its checks, printed as it goes; exits 1 if any check failed.
 *
 * <pre>FaultRunner &lt;repository-root&gt; [kill|halt|broker|postgres|offsets ...]</pre>
 *
 * Without names it runs all five, in that order (the order of the end-to-end FaultSuiteIT).
 */
public final class FaultRunner {

    /** The faults by the names the script takes, in the suite's order. */
    public static final Map<String, Function<Stack, Fault>> FAULTS = faults();

    private FaultRunner() {
    }

    private static Map<String, Function<Stack, Fault>> faults() {
        Map<String, Function<Stack, Fault>> faults = new LinkedHashMap<>();
        faults.put("kill", PatientServiceKill::new);
        faults.put("halt", PublisherHalt::new);
        faults.put("broker", BrokerOutage::new);
        faults.put("postgres", PostgresOutage::new);
        faults.put("offsets", OffsetReset::new);
        return faults;
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: FaultRunner <repository-root> [" + String.join("|", FAULTS.keySet()) + " ...]");
            System.exit(2);
        }
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.copyOf(FAULTS.keySet());
        for (String name : names) {
            if (!FAULTS.containsKey(name)) {
                System.err.println("unknown fault '" + name + "'; known: " + String.join(", ", FAULTS.keySet()));
                System.exit(2);
            }
        }
        Stack stack = new ClaimlineHome(Path.of(args[0]).toAbsolutePath());
        List<String> failed = new ArrayList<>();
        for (String name : names) {
            Fault fault = FAULTS.get(name).apply(stack);
            System.out.println("== " + name + ": " + fault.name());
            long started = System.nanoTime();
            try {
                Outcome outcome = fault.run();
                System.out.print(outcome);
                if (!outcome.passed()) {
                    failed.add(name);
                }
            } catch (RuntimeException e) {
                System.out.println(name + ": could not complete: " + e);
                failed.add(name);
            }
            System.out.printf("   (%.0f s)%n", (System.nanoTime() - started) / 1e9);
        }
        System.out.println(failed.isEmpty() ? "All " + names.size() + " faults passed."
                : "Failed: " + String.join(", ", failed));
        System.exit(failed.isEmpty() ? 0 : 1);
    }
}
