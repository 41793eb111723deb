package io.claimline.platform.reconciliation;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A throwaway schema holding empty copies of a projection's tables ({@code LIKE ... INCLUDING ALL}: columns, defaults,
 * constraints, indexes), where a replay writes instead of the live tables. Dropped on close, whatever happened.
 */
final class ShadowSchema implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final String liveSchema;
    private final String name;

    private ShadowSchema(JdbcTemplate jdbc, String liveSchema, String name) {
        this.jdbc = jdbc;
        this.liveSchema = liveSchema;
        this.name = name;
    }

    static ShadowSchema create(JdbcTemplate jdbc, List<ReadModel.Table> tables) {
        String liveSchema = jdbc.queryForObject("SELECT current_schema()", String.class);
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        ShadowSchema shadow = new ShadowSchema(jdbc, liveSchema, "reconcile_" + HexFormat.of().formatHex(suffix));
        jdbc.execute("CREATE SCHEMA " + quoted(shadow.name));
        try {
            for (ReadModel.Table table : tables) {
                jdbc.execute("CREATE TABLE " + shadow.table(table) + " (LIKE " + shadow.liveTable(table)
                        + " INCLUDING ALL)");
            }
        } catch (RuntimeException e) {
            shadow.close();
            throw e;
        }
        return shadow;
    }

    String name() {
        return name;
    }

    String table(ReadModel.Table table) {
        return quoted(name) + "." + quoted(table.name());
    }

    String liveTable(ReadModel.Table table) {
        return quoted(liveSchema) + "." + quoted(table.name());
    }

    /**
     * Makes the projection's unqualified SQL in the current transaction reach the copies. The live schema is left
     * out on purpose: a table the projection writes but did not declare fails the replay instead of being written.
     */
    void useInCurrentTransaction() {
        jdbc.execute("SET LOCAL search_path TO " + quoted(name));
    }

    @Override
    public void close() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + quoted(name) + " CASCADE");
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
