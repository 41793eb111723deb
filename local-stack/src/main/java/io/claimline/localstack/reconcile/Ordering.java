package io.claimline.localstack.reconcile;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * N5, per aggregate in order, from what is stored: each event stream has sequence numbers 0, 1, 2… without a gap;
 * each projection row's version is its aggregate's last sequence; each consumer applied an aggregate's events in
 * their source order (the inbox's applied_at against the stored sequence number; events re-driven after a refusal are
 * late by design and left out); and claims' patient copy records the last sequence it applied.
 */
final class Ordering {

    private Ordering() {
    }

    static List<String> gapsInStreams(Database store) throws SQLException {
        return store.query("SELECT aggregateIdentifier, count(*), min(sequenceNumber), max(sequenceNumber) "
                + "FROM DomainEventEntry GROUP BY aggregateIdentifier "
                + "HAVING min(sequenceNumber) <> 0 OR max(sequenceNumber) + 1 <> count(*) ORDER BY 1",
                rs -> "aggregate " + rs.getString(1) + " has " + rs.getLong(2) + " events numbered " + rs.getLong(3)
                        + " to " + rs.getLong(4));
    }

    static List<String> versionsBehindStreams(Database store, String table, String aggregateColumn)
            throws SQLException {
        return store.query("SELECT t." + aggregateColumn + "::text, t.version, e.last FROM " + table + " t "
                + "JOIN (SELECT aggregateIdentifier, max(sequenceNumber) AS last FROM DomainEventEntry "
                + "GROUP BY aggregateIdentifier) e ON e.aggregateIdentifier = t." + aggregateColumn + "::text "
                + "WHERE t.version <> e.last ORDER BY 1",
                rs -> table + " row of " + rs.getString(1) + " is at version " + rs.getLong(2)
                        + ", its last event is " + rs.getLong(3));
    }

    /** Events applied in another order than their sequence numbers, per aggregate (ties in time are not judged). */
    static List<String> applicationOrder(Collection<InboxRow> inbox, Map<String, PublishedEvent> published,
            Set<String> redriven) {
        Map<String, List<InboxRow>> byAggregate = inbox.stream()
                .filter(row -> published.containsKey(row.eventId()) && !redriven.contains(row.eventId()))
                .collect(Collectors.groupingBy(InboxRow::aggregateId));
        List<String> found = new ArrayList<>();
        byAggregate.forEach((aggregate, rows) -> {
            List<InboxRow> inTime = rows.stream().sorted(Comparator.comparing(InboxRow::appliedAt)).toList();
            for (int i = 1; i < inTime.size(); i++) {
                InboxRow before = inTime.get(i - 1);
                InboxRow after = inTime.get(i);
                long sequenceBefore = published.get(before.eventId()).sequence();
                long sequenceAfter = published.get(after.eventId()).sequence();
                if (after.appliedAt().isAfter(before.appliedAt()) && sequenceAfter < sequenceBefore) {
                    found.add("aggregate " + aggregate + ": event " + after.eventId() + " (sequence " + sequenceAfter
                            + ") was applied after event " + before.eventId() + " (sequence " + sequenceBefore + ")");
                }
            }
        });
        return found.stream().sorted().toList();
    }

    /** The ids of events an operator re-drove after a refusal: applied late on purpose. */
    static Set<String> redriven(Database consumer) throws SQLException {
        return Set.copyOf(consumer.query("SELECT event_id FROM integration_refused WHERE resolved_at IS NOT NULL",
                rs -> rs.getString(1)));
    }

    /**
     * claims' patient copy: last_sequence is the highest source sequence among the patient events it applied to the
     * copy (coverage events move their coverage copy's last_sequence, not the patient's).
     */
    static List<String> copiesBehindTheirEvents(Database claims, Collection<InboxRow> inbox,
            Map<String, PublishedEvent> published) throws SQLException {
        Map<String, Long> lastApplied = new HashMap<>();
        for (InboxRow row : inbox) {
            PublishedEvent source = published.get(row.eventId());
            if (source != null && row.topic().equals(Topology.PATIENT_EVENTS)
                    && Topology.PATIENT_COPY_TYPES.contains(source.type())) {
                lastApplied.merge(row.aggregateId(), source.sequence(), Math::max);
            }
        }
        List<String> found = new ArrayList<>();
        claims.query("SELECT patient_id::text, last_sequence FROM rm_patient_copy", rs -> {
            Long expected = lastApplied.get(rs.getString(1));
            if (expected != null && expected != rs.getLong(2)) {
                found.add("rm_patient_copy of patient " + rs.getString(1) + " records sequence " + rs.getLong(2)
                        + ", the last it applied is " + expected);
            }
            return null;
        });
        return found.stream().sorted().toList();
    }
}
