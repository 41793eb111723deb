package io.claimline.localstack.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one fault did and what held afterwards: the steps taken, for the operator's account, and the checks, each
 * with what was expected and what was found (counts and ids only, never PHI).
 */
public final class Outcome {

    /** One promise checked after the fault. */
    public record Check(String promise, boolean held, String found) {
        @Override
        public String toString() {
            return (held ? "  ok    " : "  FAIL  ") + promise + ": " + found;
        }
    }

    private final String fault;
    private final List<String> steps = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final long started = System.nanoTime();

    Outcome(String fault) {
        this.fault = fault;
    }

    public String fault() {
        return fault;
    }

    /** A step taken, stamped with the seconds since the fault began. */
    void step(String what) {
        steps.add(String.format(Locale.ROOT, "%6.1f s  %s", (System.nanoTime() - started) / 1e9, what));
    }

    void check(String promise, boolean held, String found) {
        checks.add(new Check(promise, held, found));
    }

    /** Expected equals found. */
    void checkEqual(String promise, long expected, long found) {
        check(promise, expected == found, found + " (expected " + expected + ")");
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    public List<Check> failures() {
        return checks.stream().filter(check -> !check.held()).toList();
    }

    public boolean passed() {
        return !checks.isEmpty() && failures().isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(fault).append(passed() ? ": passed" : ": FAILED").append('\n');
        steps.forEach(step -> text.append("  - ").append(step).append('\n'));
        checks.forEach(check -> text.append(check).append('\n'));
        return text.toString();
    }
}
