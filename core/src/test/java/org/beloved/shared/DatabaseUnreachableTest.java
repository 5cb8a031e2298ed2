package org.beloved.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The failures the webhooks answer with 503 (database unreachable), in the shapes Hikari, PgJDBC and Spring give them. */
class DatabaseUnreachableTest {

    @Test
    void noConnectionWithinThePoolsTimeoutIsUnreachable() {
        SQLTransientConnectionException hikari = new SQLTransientConnectionException(
                "beloved - Connection is not available, request timed out after 5000ms.");
        assertThat(DatabaseUnreachable.isCause(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", hikari))).isTrue();
        assertThat(DatabaseUnreachable.isCause(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                hikari))).isTrue();
    }

    @Test
    void aConnectionLostMidRequestOrAtCommitIsUnreachable() {
        PSQLException ioError = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);
        assertThat(DatabaseUnreachable.isCause(new UncategorizedSQLException("insert", "insert ...", ioError))).isTrue();
        assertThat(DatabaseUnreachable.isCause(new TransactionSystemException("Could not commit JDBC transaction",
                new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)))).isTrue();
    }

    @Test
    void aRollbackThatFailsOnTheLostConnectionIsUnreachable() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new UncategorizedSQLException("select", "select ...",
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01")));
        assertThat(DatabaseUnreachable.isCause(rollback)).isTrue();

        TransactionSystemException other = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        other.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseUnreachable.isCause(other)).isFalse();
    }

    /**
     * Seen with the embedded server killed at the moment of a commit: the commit fails, Hikari evicts
     * the connection, and Spring's rollback after the failed commit throws Hikari's stateless
     * "Connection is closed", hiding the commit's failure. The webhook had answered an apology and the
     * text was lost; it must be retried.
     */
    @Test
    void aRollbackAfterAFailedCommitIsUnreachable() {
        assertThat(DatabaseUnreachable.isCause(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aServerShuttingDownOrStillRecoveringIsUnreachable() {
        assertThat(DatabaseUnreachable.isCause(new RuntimeException(
                new SQLException("FATAL: the database system is starting up", "57P03")))).isTrue();
        assertThat(DatabaseUnreachable.isCause(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnreachable.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnreachable.isCause(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnreachable.isCause(new RuntimeException(new SQLException("no state")))).isFalse();
    }
}
