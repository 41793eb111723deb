package io.claimline.platform.reconciliation;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Compares one clinic's rows of a live read-model table with its replayed copy: row count and an md5 over the rows'
 * text, sorted. Rows of aggregates that moved on after the replay's head (or whose events the replay could not see,
 * or whose sequence waits in the group's dead-letter queue) are left out of both sides and counted. One statement, so
 * the live rows and the event store are read in one snapshot.
 */
final class ReadModelComparison {

    private final JdbcTemplate jdbc;

    ReadModelComparison(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The two sides of one table, for one clinic. */
    record Sides(long rows, String checksum, long replayedRows, String replayedChecksum, long excludedRows) {

        boolean match() {
            return rows == replayedRows && checksum.equals(replayedChecksum);
        }
    }

    Sides compare(ShadowSchema shadow, ReadModel.Table table, String group, long head, Collection<Long> unseen,
            String clinicId) {
        String aggregate = ShadowSchema.quoted(table.aggregateIdColumn());
        String clinic = ShadowSchema.quoted(table.clinicIdColumn());
        String rows = "SELECT t::text AS r, EXISTS (SELECT 1 FROM moved WHERE moved.id = t." + aggregate
                + "::text) AS excluded FROM %s t WHERE t." + clinic + " = ?";
        String sql = "WITH moved AS ("
                + "SELECT aggregateIdentifier AS id FROM DomainEventEntry WHERE globalIndex > ? "
                + "OR globalIndex = ANY (?::bigint[]) "
                + "UNION SELECT sequenceIdentifier FROM DeadLetterEntry WHERE processingGroup = ?), "
                + "live AS (" + rows.formatted(shadow.liveTable(table)) + "), "
                + "replayed AS (" + rows.formatted(shadow.table(table)) + ") "
                + "SELECT (SELECT count(*) FROM live WHERE NOT excluded), (" + checksum("live") + "), "
                + "(SELECT count(*) FROM replayed WHERE NOT excluded), (" + checksum("replayed") + "), "
                + "(SELECT count(*) FROM live WHERE excluded)";
        return jdbc.queryForObject(sql, (rs, n) -> new Sides(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getString(4), rs.getLong(5)), head, pgArray(unseen), group, clinicId, clinicId);
    }

    private static String checksum(String side) {
        return "SELECT md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) FROM " + side + " WHERE NOT excluded";
    }

    private static String pgArray(Collection<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
