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

    /** Records that the sender wrote now; at most one write an hour, since expiry counts in days. */
    void touch(Channel channel, String address, Instant now) {
        jdbc.sql("update conversation_sender set last_used_at = ? where channel = ? and address = ? and last_used_at < ?")
                .params(ts(now), channel.name(), address, ts(now.minus(TOUCH_EVERY)))
                .update();
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
