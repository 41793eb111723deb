package io.claimline.localstack.reconcile;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the checks found so far, and what each looked at; becomes the {@link Report}. */
final class Findings {

    private final List<Discrepancy> discrepancies = new ArrayList<>();
    private final Map<Check, List<String>> examined = new EnumMap<>(Check.class);

    void add(Check check, String where, String what) {
        discrepancies.add(new Discrepancy(check, where, what));
    }

    void examined(Check check, String what) {
        examined.computeIfAbsent(check, c -> new ArrayList<>()).add(what);
    }

    /** A check that could not be made is a discrepancy: a clean report means everything was verified. */
    void couldNotCheck(Check check, String where, Exception e) {
        String sqlState = e instanceof SQLException sql && sql.getSQLState() != null
                ? " SQLState " + sql.getSQLState() : "";
        add(check, where, "could not be checked (" + e.getClass().getSimpleName() + sqlState + ")");
    }

    Report report() {
        Map<Check, String> seen = new EnumMap<>(Check.class);
        examined.forEach((check, parts) -> seen.put(check, String.join(", ", parts)));
        return new Report(discrepancies, seen);
    }
}
