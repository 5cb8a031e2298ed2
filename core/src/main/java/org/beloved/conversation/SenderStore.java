package org.beloved.conversation;

import java.time.Instant;
import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the bot remembers about a sender between messages: their language. */
@Repository
class SenderStore {

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
                insert into conversation_sender (channel, address, language, created_at, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (channel, address) do update set language = excluded.language, updated_at = excluded.updated_at
                """)
                .params(channel.name(), address, language.code(), ts(now), ts(now))
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
