package org.beloved.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Statements queued for the commit: all in order within the transaction, none after a rollback. */
@CleanDatabase
class WriteBatchTest {

    private static final String INSERT = """
            insert into webinar_zone_hint (channel, address, time_zone, noted_at) values (?, ?, ?, ?)""";
    private static final String MOVE = "update webinar_zone_hint set time_zone = ? where address = ?";

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final WriteBatch batch = new WriteBatch(new JdbcTemplate(TestDatabase.dataSource()));
    private final TransactionTemplate transaction = new TransactionTemplate(
            new DataSourceTransactionManager(TestDatabase.dataSource()));
    private final Timestamp now = Timestamp.from(Instant.parse("2026-11-30T18:00:00Z"));

    @Test
    void queuedStatementsRunInOrderAtCommitAndNotBefore() {
        List<String> seenBeforeCommit = transaction.execute(status -> {
            batch.add(INSERT, "SMS", "+15550001", "America/Chicago", now);
            batch.add(INSERT, "SMS", "+15550002", "America/Denver", now);
            batch.add(MOVE, "Europe/Madrid", "+15550001");   // needs the first insert before it
            return zones();
        });

        assertThat(seenBeforeCommit).isEmpty();
        assertThat(zones()).containsExactly("+15550001 Europe/Madrid", "+15550002 America/Denver");
    }

    @Test
    void aRollbackDropsWhatWasQueued() {
        transaction.executeWithoutResult(status -> {
            batch.add(INSERT, "SMS", "+15550001", "America/Chicago", now);
            status.setRollbackOnly();
        });

        assertThat(zones()).isEmpty();
    }

    @Test
    void aFailingStatementFailsTheCommitAndKeepsNothing() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql(INSERT).params("SMS", "+15550009", "UTC", now).update();
            batch.add(INSERT, "SMS", "+15550001", "America/Chicago", now);
            batch.add(INSERT, "SMS", "+15550001", "America/Chicago", now);   // same key: fails
        })).isInstanceOf(DataAccessException.class);

        assertThat(zones()).isEmpty();
    }

    @Test
    void flushRunsTheQueueNowWithinTheTransaction() {
        List<String> seen = transaction.execute(status -> {
            batch.add(INSERT, "SMS", "+15550001", "America/Chicago", now);
            batch.flush();
            batch.add(MOVE, "UTC", "+15550001");
            return zones();
        });

        assertThat(seen).containsExactly("+15550001 America/Chicago");
        assertThat(zones()).containsExactly("+15550001 UTC");
    }

    @Test
    void aStatementAddedOnceTheQueueHasRunRunsAtOnceInTheTransaction() {
        transaction.executeWithoutResult(status -> {
            batch.add(INSERT, "SMS", "+15550001", "America/Chicago", now);
            // Registered after the batch's queue: its before-commit runs once the queue has run.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    batch.add(MOVE, "UTC", "+15550001");
                }
            });
        });

        assertThat(zones()).containsExactly("+15550001 UTC");
    }

    @Test
    void aNewTransactionInsideAnotherHasItsOwnQueue() {
        TransactionTemplate inner = new TransactionTemplate(transaction.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transaction.executeWithoutResult(status -> {
            batch.add(INSERT, "SMS", "+15550001", "America/Chicago", now);
            inner.executeWithoutResult(s -> batch.add(INSERT, "SMS", "+15550002", "America/Denver", now));
            status.setRollbackOnly();
        });

        assertThat(zones()).containsExactly("+15550002 America/Denver");
    }

    @Test
    void outsideATransactionAStatementRunsAtOnce() {
        batch.add(INSERT, "SMS", "+15550001", "America/Chicago", now);

        assertThat(zones()).containsExactly("+15550001 America/Chicago");
    }

    private List<String> zones() {
        return jdbc.sql("select address || ' ' || time_zone from webinar_zone_hint order by address")
                .query(String.class).list();
    }
}
