package io.claimline.localstack.reconcile;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * N4: each consumer's inbox holds every published event of the types it applies exactly once (the inbox's key makes
 * "more than once" impossible, so what can go wrong is a missing row), and nothing that was never published; and the
 * consumers' read models that count applications per patient agree with their inbox (a duplicate application would
 * show there). Expected poison is allowed to be missing.
 */
final class Deliveries {

    private Deliveries() {
    }

    static List<PublishedEvent> published(Database patients) throws SQLException {
        List<PublishedEvent> events = new ArrayList<>();
        patients.query("SELECT eventIdentifier, payloadType, aggregateIdentifier, sequenceNumber FROM DomainEventEntry "
                + "ORDER BY globalIndex", rs -> {
                    String type = Topology.publishedType(rs.getString(2)).orElse(null);
                    if (type != null) {
                        events.add(new PublishedEvent(rs.getString(1), type, rs.getString(3), rs.getLong(4)));
                    }
                    return null;
                });
        return events;
    }

    static List<InboxRow> inbox(Database consumer) throws SQLException {
        return consumer.query("SELECT event_id, event_type, aggregate_id, applied_at FROM integration_inbox "
                + "WHERE topic = ?", rs -> new InboxRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant()), Topology.TOPIC);
    }

    /** What differs between what was published (of the types the consumer applies) and its inbox. */
    static List<String> compare(Collection<PublishedEvent> published, Set<String> routedTypes,
            Collection<InboxRow> inbox, Set<String> expectedPoison) {
        Map<String, PublishedEvent> byId = published.stream()
                .collect(Collectors.toMap(PublishedEvent::eventId, Function.identity(), (a, b) -> a));
        Map<String, InboxRow> applied = inbox.stream()
                .collect(Collectors.toMap(InboxRow::eventId, Function.identity(), (a, b) -> a));
        List<String> found = new ArrayList<>();
        for (PublishedEvent event : published) {
            if (routedTypes.contains(event.type()) && !applied.containsKey(event.eventId())
                    && !expectedPoison.contains(event.eventId())) {
                found.add("event " + event.eventId() + " (" + event.type() + ", aggregate " + event.aggregateId()
                        + ") was published but is not in the inbox");
            }
        }
        for (InboxRow row : inbox) {
            PublishedEvent source = byId.get(row.eventId());
            if (source == null) {
                found.add("the inbox holds event " + row.eventId() + " (" + row.type() + ", aggregate "
                        + row.aggregateId() + ") that patient-service never published");
            } else if (!source.type().equals(row.type()) || !routedTypes.contains(row.type())) {
                found.add("the inbox holds event " + row.eventId() + " as " + row.type() + ", published as "
                        + source.type() + (routedTypes.contains(row.type()) ? "" : ", a type this service ignores"));
            }
        }
        return found;
    }

    /** Per patient, the applications a consumer's read model counted against its inbox rows. */
    static List<String> appliedCounts(Database consumer, String table, Collection<InboxRow> inbox)
            throws SQLException {
        Map<String, Long> rows = inbox.stream().collect(Collectors.groupingBy(InboxRow::aggregateId,
                Collectors.counting()));
        Map<String, Long> counted = new HashMap<>();
        consumer.query("SELECT patient_id::text, applied_events FROM " + table,
                rs -> counted.put(rs.getString(1), rs.getLong(2)));
        List<String> found = new ArrayList<>();
        counted.forEach((patientId, applications) -> {
            long inInbox = rows.getOrDefault(patientId, 0L);
            if (applications != inInbox) {
                found.add(table + " counts " + applications + " applications for patient " + patientId
                        + ", the inbox " + inInbox);
            }
        });
        return found.stream().sorted().toList();
    }
}
