package io.claimline.platform.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon when appending events failed because another transaction appended the same aggregate sequence
 * number first. Axon's JDBC default recognises only {@code SQLIntegrityConstraintViolationException}, which the
 * PostgreSQL driver never throws; without this, a lost race surfaces as a 500 instead of a concurrency conflict
 * (409).
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    /** PostgreSQL's SQLSTATE for a unique-constraint violation. */
    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
