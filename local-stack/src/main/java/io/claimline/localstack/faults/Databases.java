package io.claimline.localstack.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads from the services' own databases: counts and ids, never PHI. */
public final class Databases {

    private final Stack stack;

    Databases(Stack stack) {
        this.stack = stack;
    }

    /** A count (or any one number) without parameters. */
    long number(String service, String sql) {
        try (Connection connection = connect(stack.jdbcUrl(service), stack.databaseUser(), stack.databasePassword());
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + service + "'s database", e);
        }
    }

    /** One text value (a checksum) with the given ids as its one array parameter. */
    String text(String service, String sql, List<String> ids) {
        try (Connection connection = connect(stack.jdbcUrl(service), stack.databaseUser(), stack.databasePassword());
                PreparedStatement statement = prepare(connection, sql, ids);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + service + "'s database", e);
        }
    }

    /** The first column of every row. */
    List<String> column(String service, String sql) {
        try (Connection connection = connect(stack.jdbcUrl(service), stack.databaseUser(), stack.databasePassword());
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + service + "'s database", e);
        }
    }

    /**
     * A count over a database with the given ids as the one array parameter; 0 while the service has not migrated
     * its schema yet (the table does not exist).
     */
    public static long count(String jdbcUrl, String user, String password, String sql, List<String> ids) {
        try (Connection connection = connect(jdbcUrl, user, password);
                PreparedStatement statement = prepare(connection, sql, ids);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                return 0;
            }
            throw new IllegalStateException("count failed", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<String> ids)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
        return statement;
    }

    private static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
