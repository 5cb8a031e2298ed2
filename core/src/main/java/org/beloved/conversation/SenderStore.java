package org.beloved.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the bot remembers about a sender between messages: their language. */
@Repository
class SenderStore {

    /** The first key of every per-sender turn lock ("turn" in ASCII). */
    static final int TURN_LOCK = 0x7475726e;

    private static final Duration TOUCH_EVERY = Duration.ofHours(1);

    private final JdbcClient jdbc;

    SenderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
     * Waits until no other turn of this sender runs, and holds that until the caller's transaction
     * ends: a PostgreSQL transaction-scoped advisory lock, so that it holds across instances. The
     * two-key form, with {@link #TURN_LOCK} as the first key, keeps it apart from other locks.
     */
    void lockTurn(Channel channel, String address) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
                .params(TURN_LOCK, channel.name() + ":" + address)
                .query((rs, i) -> 1).list();
    }

    /**
     * What a turn starts from: the sender's remembered language, their running flow if any, and
     * whether a text waits for MORE ({@link Continuations}).
     */
    record Opened(Optional<Language> language, Optional<FlowStore.Stored> flow, boolean more) {
    }

    /**
     * The start of a turn, in one statement, after {@link #lockTurn} (so that it sees every earlier
     * turn of the sender): records that the sender wrote now and reads their language and running flow
     * ({@link FlowStore#find}). The sender's {@code last_used_at} moves at most once an hour,
     * since expiry counts in days.
     */
    Opened open(Channel channel, String address, Instant now) {
        return jdbc.sql("""
                with touched as (
                    update conversation_sender set last_used_at = :now
                    where channel = :channel and address = :address and last_used_at < :stale
                )
                select s.language, f.flow, f.step, f.expires_at,
                       array(select key from jsonb_each_text(f.data) order by key) as keys,
                       array(select value from jsonb_each_text(f.data) order by key) as vals,
                       exists (select 1 from conversation_more m where m.channel = :channel and m.address = :address) as more
                  from (select 1) as one
                  left join conversation_sender s on s.channel = :channel and s.address = :address
                  left join conversation_flow f on f.channel = :channel and f.address = :address
                """)
                .param("channel", channel.name()).param("address", address).param("now", ts(now))
                .param("stale", ts(now.minus(TOUCH_EVERY)))
                .query((rs, i) -> new Opened(Optional.ofNullable(rs.getString("language")).map(Language::fromCode),
                        rs.getString("flow") == null ? Optional.empty() : Optional.of(FlowStore.stored(rs, now)),
                        rs.getBoolean("more")))
                .single();
    }

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
