package io.claimline.localstack.reconcile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one reconciliation found: every discrepancy, by check, and for each check that ran what it looked at (so a
 * clean report says how much was verified, and a check that saw nothing is visible).
 */
public record Report(List<Discrepancy> discrepancies, Map<Check, String> examined) {

    public Report {
        discrepancies = List.copyOf(discrepancies);
        examined = Map.copyOf(examined);
    }

    public boolean clean() {
        return discrepancies.isEmpty();
    }

    public List<Discrepancy> of(Check check) {
        return discrepancies.stream().filter(d -> d.check() == check).toList();
    }

    /** One line: clean or how many discrepancies per check, then what each check examined. */
    public String summary() {
        Map<Check, Long> counts = discrepancies.stream()
                .collect(Collectors.groupingBy(Discrepancy::check, () -> new EnumMap<>(Check.class),
                        Collectors.counting()));
        String verdict = clean() ? "clean" : discrepancies.size()
                + (discrepancies.size() == 1 ? " discrepancy" : " discrepancies") + " (" + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")) + ")";
        String seen = new TreeMap<>(examined).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; "));
        return "reconcile: " + verdict + (seen.isEmpty() ? "" : "; checked " + seen);
    }
}
