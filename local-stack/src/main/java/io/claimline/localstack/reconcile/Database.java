package io.claimline.localstack.reconcile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A service's database, read only: one read-only, repeatable-read transaction, so every query of a check sees the
 * same snapshot and nothing can be written (PostgreSQL refuses writes in a read-only transaction).
 */
final class Database implements AutoCloseable {

    /** Maps the current row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final String service;
    private final Connection connection;

    private Database(String service, Connection connection) {
        this.service = service;
        this.connection = connection;
    }

    static Database open(String service, String jdbcUrl, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("readOnly", "true");
        properties.setProperty("readOnlyMode", "always");
        properties.setProperty("ApplicationName", "claimline-reconcile");
        Connection connection = DriverManager.getConnection(jdbcUrl, properties);
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        return new Database(service, connection);
    }

    String service() {
        return service;
    }

    /** A {@code String[]} parameter is sent as a text array. */
    <T> List<T> query(String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i] instanceof String[] values
                        ? connection.createArrayOf("text", values) : parameters[i];
                statement.setObject(i + 1, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        }
    }

    long head() throws SQLException {
        return query("SELECT coalesce(max(globalIndex), -1) FROM DomainEventEntry", rs -> rs.getLong(1)).get(0);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
