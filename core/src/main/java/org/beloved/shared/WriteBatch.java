package org.beloved.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that nothing in the same transaction reads back, sent together in one database round trip
 * just before the transaction commits: a text's end-of-turn writes of several modules (the partners
 * shown, the zone hint, the pending pages, the reply recorded) cost one round trip instead of four.
 * Each module still writes only its own tables with its own SQL; this only carries the statements.
 *
 * <p>Contract: {@link #add} inside a transaction queues the statement, in order, for the
 * transaction's before-commit (a rollback drops it); outside one it runs at once. The statements
 * run in the transaction, so a commit still covers them all or none. A statement must not return
 * rows, and nothing may read what it writes before the commit, unless {@link #flush} runs first
 * (DELETE MY DATA does, so that no queued write of the same turn lands after the erasure).
 */
@Component
public class WriteBatch {

    private static final Logger log = LoggerFactory.getLogger(WriteBatch.class);

    private final JdbcOperations jdbc;

    public WriteBatch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement with positional ({@code ?}) parameters, without a trailing semicolon, and no null parameter. */
    public void add(String sql, Object... params) {
        Statement statement = new Statement(sql, params);
        Pending pending = openQueue();
        if (pending == null) {
            run(List.of(statement));
        } else {
            pending.statements.add(statement);
        }
    }

    /**
     * The queue this transaction's before-commit will still run, or null: no transaction (only
     * synchronization, e.g. a non-transactional scope), or its queue already ran (a statement added
     * from a later before-commit or an after-commit callback runs at once, as it would unbatched).
     */
    private Pending openQueue() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Pending pending = pending();
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending.closed ? null : pending;
    }

    /** This transaction's queue, if it has one (a suspended outer transaction's queue is not among them). */
    private Pending pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner() == this) {
                return pending;
            }
        }
        return null;
    }

    /** Runs what this transaction queued so far, now (one round trip), so that it can be read back. */
    public void flush() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending pending = pending();
            if (pending != null) {
                pending.flush();
            }
        }
    }

    private record Statement(String sql, Object[] params) {
    }

    /**
     * The statements joined into one string, which the PostgreSQL driver sends as that many
     * statements before a single sync: one round trip, each statement run in order as if alone.
     */
    private void run(List<Statement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder();
        for (Statement statement : statements) {
            sql.append(sql.isEmpty() ? "" : ";\n").append(statement.sql());
        }
        jdbc.execute((Connection connection) -> connection.prepareStatement(sql.toString()),
                (PreparedStatement ps) -> {
                    int index = 1;
                    for (Statement statement : statements) {
                        for (Object param : statement.params()) {
                            StatementCreatorUtils.setParameterValue(ps, index++, SqlTypeValue.TYPE_UNKNOWN, param);
                        }
                    }
                    ps.execute();
                    return null;
                });
    }

    /** One transaction's queue. */
    private final class Pending implements TransactionSynchronization {

        private final List<Statement> statements = new ArrayList<>();
        private boolean closed;

        WriteBatch owner() {
            return WriteBatch.this;
        }

        /** Also what a transaction's own flush ({@code TransactionStatus.flush()}) calls. */
        @Override
        public void flush() {
            List<Statement> now = List.copyOf(statements);
            statements.clear();
            run(now);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flush();
            closed = true;
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED && !statements.isEmpty()) {
                // Queued after this transaction's commit had begun without passing through add's check:
                // a contract breach, never silent.
                log.error("{} statement(s) queued too late for the commit were not run: {}", statements.size(),
                        statements.stream().map(Statement::sql).toList());
            }
            statements.clear();
        }
    }
}
