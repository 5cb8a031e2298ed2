package org.beloved.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach the database (no connection within the pool's timeout, a connection
 * lost mid-request, a server shutting down or still recovering) from every other failure. A
 * Twilio webhook that fails this way answers 503, so Twilio retries it (see the README's Twilio
 * setup): the work ran in one transaction with the MessageSid's idempotency record, so the retry
 * either finds nothing done and does it, or finds it committed and has no second effect. The web
 * pages and the JSON API answer 503 with a Retry-After the same way, never a 500.
 */
public final class DatabaseUnreachable {

    private DatabaseUnreachable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || (t instanceof SQLException sql && isConnectionState(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof TransactionSystemException tse) {
                // A failed rollback hides the failure that caused it (a connection already lost mid-request).
                // Without one, the work itself succeeded and the commit (or the rollback after a failed
                // commit, which hides it) did not: the driver lost the connection, and whether the
                // transaction committed is unknown. A retry is safe either way (see the class comment);
                // an apology would lose the text if it did not.
                return tse.getApplicationException() == null || isCause(tse.getApplicationException());
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server is shutting down,
     * crashed, or cannot accept connections yet, e.g. during recovery after a restart).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
