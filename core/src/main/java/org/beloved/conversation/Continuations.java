package org.beloved.conversation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The longer text a sender may ask for with MORE, one per sender, fresh for an hour. */
@Repository
class Continuations {

    private static final Duration FRESH = Duration.ofHours(1);

    private final JdbcClient jdbc;

    Continuations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Channel channel, String address, String text, Instant now) {
        jdbc.sql("""
                insert into conversation_more (channel, address, text, created_at) values (?, ?, ?, ?)
                on conflict (channel, address) do update set text = excluded.text, created_at = excluded.created_at
                """).params(channel.name(), address, text, Timestamp.from(now)).update();
    }

    /** Takes the waiting text, if any and fresh. */
    Optional<String> take(Channel channel, String address, Instant now) {
        record Waiting(String text, Instant createdAt) {
        }
        return jdbc.sql("delete from conversation_more where channel = ? and address = ? returning text, created_at")
                .params(channel.name(), address)
                .query((rs, i) -> new Waiting(rs.getString("text"), rs.getTimestamp("created_at").toInstant()))
                .optional()
                .filter(w -> w.createdAt().isAfter(now.minus(FRESH)))
                .map(Waiting::text);
    }

    void delete(Channel channel, String address) {
        jdbc.sql("delete from conversation_more where channel = ? and address = ?").params(channel.name(), address).update();
    }

    /** Deletes this channel's waiting texts saved before the cutoff; returns how many. */
    int deleteSavedBefore(Channel channel, Instant cutoff) {
        return jdbc.sql("delete from conversation_more where channel = ? and created_at < ?")
                .params(channel.name(), Timestamp.from(cutoff)).update();
    }
}
