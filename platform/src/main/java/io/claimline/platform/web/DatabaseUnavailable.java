package io.claimline.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being away (stopped, restarting, unreachable, connections cut) from a
 * bug: the first is the caller's 503, to retry later with the same Idempotency-Key; only the second is a 500.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedIt(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08 is a connection exception; 57P01 to 57P03 are the server shutting down or starting.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // A connection cut mid-transaction fails the rollback too ("Connection is closed", no SQLSTATE); what
            // cut it is the exception the rollback overrode.
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedIt(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
