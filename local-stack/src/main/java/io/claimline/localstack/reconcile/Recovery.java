package io.claimline.localstack.reconcile;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * N7's database side: every tracking token has reached its event store's head, and what waits in the dead-letter
 * places the services keep in their databases: Axon's DeadLetterEntry (a projection's parked events) and the open
 * rows of integration_refused (consumed events a business rule refused).
 */
final class Recovery {

    /** An item parked somewhere, named by its event id. */
    record Parked(String where, String eventId, String aggregateId) {
    }

    private Recovery() {
    }

    /** Axon's token store keeps its own identity in a row of this name; it is no processor's position. */
    static final String CONFIG_ROW = "__config";

    static List<String> tokensBehind(Database db) throws SQLException {
        long head = db.head();
        return db.query("SELECT processorName, segment, convert_from(token, 'UTF8') FROM TokenEntry "
                + "WHERE processorName <> ? ORDER BY 1, 2",
                rs -> {
                    OptionalLong position = TokenPositions.position(rs.getString(3));
                    if (head < 0 || position.isPresent() && position.getAsLong() >= head) {
                        return null;
                    }
                    return "processor " + rs.getString(1) + " segment " + rs.getInt(2) + " is at "
                            + (position.isPresent() ? String.valueOf(position.getAsLong()) : "no position")
                            + ", the event store's head is " + head;
                }, CONFIG_ROW).stream().filter(Objects::nonNull).toList();
    }

    static long tokens(Database db) throws SQLException {
        return db.query("SELECT count(*) FROM TokenEntry WHERE processorName <> ?", rs -> rs.getLong(1), CONFIG_ROW)
                .get(0);
    }

    static List<Parked> parked(Database db) throws SQLException {
        List<Parked> axon = db.query("SELECT processingGroup, eventIdentifier, aggregateIdentifier FROM DeadLetterEntry "
                + "ORDER BY processingGroup, sequenceIdentifier, sequenceIndex", rs -> new Parked(
                "dead-letter queue of " + rs.getString(1), rs.getString(2), rs.getString(3)));
        List<Parked> refused = db.query("SELECT event_id, aggregate_id FROM integration_refused "
                + "WHERE resolved_at IS NULL ORDER BY refused_at", rs -> new Parked("refused events",
                rs.getString(1), rs.getString(2)));
        return Stream.concat(axon.stream(), refused.stream()).toList();
    }
}
