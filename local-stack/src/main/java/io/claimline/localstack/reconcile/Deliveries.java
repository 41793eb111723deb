package io.claimline.localstack.reconcile;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * N4: each consumer's inbox holds every event published on a topic it consumes, of the types it applies, exactly once
 * (the inbox's key makes "more than once" impossible, so what can go wrong is a missing row), and nothing that was
 * never published nor a type it ignores; and the consumers' read models that count applications agree with their
 * inbox (a duplicate application would show there, and so would an event recorded but without its effect). Expected
 * poison is allowed to be missing.
 */
final class Deliveries {

    /**
     * The coverage ids a stored patient event names, read from its JSON payload in the database (ids only: the sealed
     * PHI next to them never leaves PostgreSQL). Only coverage and eligibility events have them.
     */
    private static final String COVERAGE_IDS = "CASE WHEN payloadType ~ '(Coverage|Eligibility)[A-Za-z]*Event$' THEN "
            + "ARRAY(SELECT v #>> '{}' FROM jsonb_path_query(convert_from(payload, 'UTF8')::jsonb, "
            + "'$.coverageId ? (@ != null)') v UNION ALL SELECT v #>> '{}' FROM jsonb_path_query("
            + "convert_from(payload, 'UTF8')::jsonb, '$.order[*].coverageId') v) END";

    private Deliveries() {
    }

    /** What the topic's producer published: its stored events of the topic's aggregate that its publisher translates. */
    static List<PublishedEvent> published(Database producer, Topology.Topic topic) throws SQLException {
        List<PublishedEvent> events = new ArrayList<>();
        boolean coverages = topic.name().equals(Topology.PATIENT_EVENTS);
        producer.query("SELECT eventIdentifier, type, payloadType, aggregateIdentifier, sequenceNumber, "
                + (coverages ? COVERAGE_IDS : "NULL::text[]") + " FROM DomainEventEntry WHERE type = ? "
                + "ORDER BY globalIndex", rs -> {
                    String type = topic.publishedType(rs.getString(2), rs.getString(3)).orElse(null);
                    if (type != null) {
                        java.sql.Array ids = rs.getArray(6);
                        events.add(new PublishedEvent(rs.getString(1), topic.name(), type, rs.getString(4),
                                rs.getLong(5), ids == null ? List.of() : Arrays.asList((String[]) ids.getArray())));
                    }
                    return null;
                }, topic.aggregateType());
        return events;
    }

    static List<InboxRow> inbox(Database consumer) throws SQLException {
        return consumer.query("SELECT event_id, topic, event_type, aggregate_id, applied_at FROM integration_inbox",
                rs -> new InboxRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
    }

    /** What differs between what the producer published on a topic (of the types the consumer applies) and the inbox. */
    static List<String> compare(Topology.Topic topic, Collection<PublishedEvent> published, Set<String> routedTypes,
            Collection<InboxRow> inbox, Set<String> expectedPoison) {
        Map<String, PublishedEvent> byId = published.stream()
                .collect(Collectors.toMap(PublishedEvent::eventId, Function.identity(), (a, b) -> a));
        Map<String, InboxRow> applied = inbox.stream().filter(row -> row.topic().equals(topic.name()))
                .collect(Collectors.toMap(InboxRow::eventId, Function.identity(), (a, b) -> a));
        List<String> found = new ArrayList<>();
        for (PublishedEvent event : published) {
            if (routedTypes.contains(event.type()) && !applied.containsKey(event.eventId())
                    && !expectedPoison.contains(event.eventId())) {
                found.add("event " + event.eventId() + " (" + event.type() + " on " + topic.name() + ", aggregate "
                        + event.aggregateId() + ") was published but is not in the inbox");
            }
        }
        for (InboxRow row : applied.values()) {
            PublishedEvent source = byId.get(row.eventId());
            if (source == null) {
                found.add("the inbox holds event " + row.eventId() + " (" + row.type() + " on " + topic.name()
                        + ", aggregate " + row.aggregateId() + ") that " + topic.producer() + " never published");
            } else if (!source.type().equals(row.type()) || !routedTypes.contains(row.type())) {
                found.add("the inbox holds event " + row.eventId() + " as " + row.type() + ", published as "
                        + source.type() + (routedTypes.contains(row.type()) ? "" : ", a type this service ignores"));
            }
        }
        return found.stream().sorted().toList();
    }

    /** Per row of a counting read model, the applications its inbox says it made (ids of rows, never values). */
    static Map<String, Long> expectedCounts(Topology.Counting counting, Collection<InboxRow> inbox,
            Map<String, PublishedEvent> published) {
        Map<String, Long> expected = new HashMap<>();
        for (InboxRow row : inbox) {
            if (!row.topic().equals(counting.topic()) || !counting.types().contains(row.type())) {
                continue;
            }
            if (!counting.perCoverage()) {
                expected.merge(row.aggregateId(), 1L, Long::sum);
            } else {
                PublishedEvent source = published.get(row.eventId());
                if (source != null) { // one never published is reported by compare
                    source.coverageIds().forEach(coverage -> expected.merge(coverage, 1L, Long::sum));
                }
            }
        }
        return expected;
    }

    /** The rows whose counted applications differ from what the inbox says, and the ones the inbox has but not it. */
    static List<String> countsDiffer(Topology.Counting counting, Map<String, Long> counted, Map<String, Long> expected) {
        String what = counting.keyColumn().replace("_id", "");
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(union(counted.keySet(), expected.keySet()))) {
            long applications = counted.getOrDefault(key, 0L);
            long inInbox = expected.getOrDefault(key, 0L);
            if (!counted.containsKey(key)) {
                found.add(counting.table() + " has no row for " + what + " " + key + ", to which the inbox applied "
                        + inInbox + " events");
            } else if (applications != inInbox) {
                found.add(counting.table() + " counts " + applications + " applications for " + what + " " + key
                        + ", the inbox " + inInbox);
            }
        }
        return found;
    }

    static List<String> appliedCounts(Database consumer, Topology.Counting counting, Collection<InboxRow> inbox,
            Map<String, PublishedEvent> published) throws SQLException {
        Map<String, Long> counted = new HashMap<>();
        consumer.query("SELECT " + counting.keyColumn() + "::text, applied_events FROM " + counting.table(),
                rs -> counted.put(rs.getString(1), rs.getLong(2)));
        return countsDiffer(counting, counted, expectedCounts(counting, inbox, published));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
