package io.claimline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

    @Test
    void noConnectionForATransactionIsAnOutage() {
        assertThat(DatabaseUnavailable.causedIt(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("pool timed out")))).isTrue();
    }

    @Test
    void noConnectionForAQueryIsAnOutage() {
        assertThat(DatabaseUnavailable.causedIt(new CannotGetJdbcConnectionException("no connection",
                new SQLException("refused", "08001")))).isTrue();
    }

    @Test
    void aConnectionCutMidTransactionIsAnOutageWhereverItIsWrapped() {
        Exception wrapped = new IllegalStateException("command failed",
                new SQLException("I/O error sending to the backend", "08006", new ConnectException("refused")));
        assertThat(DatabaseUnavailable.causedIt(wrapped)).isTrue();
    }

    @Test
    void aRollbackThatFailedOnTheCutConnectionIsAnOutage() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new SQLException("I/O error sending to the backend", "08006"));
        assertThat(DatabaseUnavailable.causedIt(rollbackFailed)).isTrue();
    }

    @Test
    void aServerShuttingDownIsAnOutage() {
        assertThat(DatabaseUnavailable.causedIt(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void aConstraintViolationOrABugIsNot() {
        assertThat(DatabaseUnavailable.causedIt(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedIt(new NullPointerException())).isFalse();
    }
}
