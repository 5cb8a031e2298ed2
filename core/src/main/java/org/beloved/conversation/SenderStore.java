package org.beloved.conversation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the bot remembers about a sender between messages: their language. */
@Repository
class SenderStore {

    /** The first key of every per-sender turn lock ("turn" in ASCII). */
    static final int TURN_LOCK = 0x7475726e;

    private static final Duration TOUCH_EVERY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final JdbcOperations template;

    SenderStore(JdbcClient jdbc, JdbcOperations template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Language> language(Channel channel, String address) {
        return jdbc.sql("select language from conversation_sender where channel = ? and address = ?")
                .params(channel.name(), address)
                .query(String.class)
                .optional()
                .map(Language::fromCode);
    }

    void saveLanguage(Channel channel, String address, Language language, Instant now) {
        jdbc.sql("""
                insert into conversation_sender (channel, address, language, created_at, updated_at, last_used_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (channel, address) do update
                  set language = excluded.language, updated_at = excluded.updated_at, last_used_at = excluded.last_used_at
                """)
                .params(channel.name(), address, language.code(), ts(now), ts(now), ts(now))
                .update();
    }

    /**
     * What a turn starts from: the sender's remembered language, their running flow if any, and
     * whether a text waits for MORE ({@link Continuations}).
     */
    record Opened(Optional<Language> language, Optional<FlowStore.Stored> flow, boolean more) {
    }

    /**
     * The start of a turn. First waits until no other turn of this sender runs, and holds that until
     * the caller's transaction ends: a PostgreSQL transaction-scoped advisory lock, so that it holds
     * across instances (the two-key form, with {@link #TURN_LOCK} as the first key, keeps it apart
     * from other locks). Then, in a second statement, so that it sees every earlier turn of the
     * sender: records that the sender wrote now and reads their language and running flow
     * ({@link FlowStore#find}). The sender's {@code last_used_at} moves at most once an hour, since
     * expiry counts in days.
     *
     * <p>Both statements go in one round trip (one string, which the driver sends as two statements
     * before a single sync): the server runs the second only once the first holds the lock, with a
     * snapshot taken then, exactly as if they were sent one after the other.
     */
    Opened lockAndOpen(Channel channel, String address, Instant now) {
        return template.execute((Connection connection) -> connection.prepareStatement(LOCK_AND_OPEN),
                (PreparedStatement statement) -> {
                    statement.setInt(1, TURN_LOCK);
                    statement.setString(2, channel.name() + ":" + address);
                    statement.setTimestamp(3, ts(now));
                    statement.setString(4, channel.name());
                    statement.setString(5, address);
                    statement.setTimestamp(6, ts(now.minus(TOUCH_EVERY)));
                    for (int i = 7; i <= 12; i += 2) {
                        statement.setString(i, channel.name());
                        statement.setString(i + 1, address);
                    }
                    statement.execute();   // the lock's one row, nothing to read
                    if (!statement.getMoreResults()) {
                        throw new IllegalStateException("The turn's opening statement returned no rows");
                    }
                    try (ResultSet rs = statement.getResultSet()) {
                        rs.next();
                        return new Opened(Optional.ofNullable(rs.getString("language")).map(Language::fromCode),
                                rs.getString("flow") == null ? Optional.empty() : Optional.of(FlowStore.stored(rs, now)),
                                rs.getBoolean("more"));
                    }
                });
    }

    private static final String LOCK_AND_OPEN = """
            select pg_advisory_xact_lock(?, hashtext(?));
            with touched as (
                update conversation_sender set last_used_at = ?
                where channel = ? and address = ? and last_used_at < ?
            )
            select s.language, f.flow, f.step, f.expires_at,
                   array(select key from jsonb_each_text(f.data) order by key) as keys,
                   array(select value from jsonb_each_text(f.data) order by key) as vals,
                   exists (select 1 from conversation_more m where m.channel = ? and m.address = ?) as more
              from (select 1) as one
              left join conversation_sender s on s.channel = ? and s.address = ?
              left join conversation_flow f on f.channel = ? and f.address = ?
            """;

    /** Deletes the senders of this channel who have not written since the cutoff; returns how many. */
    int deleteUnusedSince(Channel channel, Instant cutoff) {
        return jdbc.sql("delete from conversation_sender where channel = ? and last_used_at < ?")
                .params(channel.name(), ts(cutoff))
                .update();
    }

    boolean delete(Channel channel, String address) {
        return jdbc.sql("delete from conversation_sender where channel = ? and address = ?")
                .params(channel.name(), address)
                .update() == 1;
    }

    static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }
}
