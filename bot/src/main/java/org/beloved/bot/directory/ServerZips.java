package org.beloved.bot.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each Discord server's default ZIP code (a normalized 5-digit ZIP), for /partners without one. */
@Repository
class ServerZips {

    private final JdbcClient jdbc;
    private final Clock clock;

    ServerZips(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void set(String guildId, String zip) {
        jdbc.sql("""
                insert into discord_server_zip (guild_id, zip, updated_at) values (?, ?, ?)
                on conflict (guild_id) do update set zip = excluded.zip, updated_at = excluded.updated_at
                """).params(guildId, zip, Timestamp.from(clock.instant())).update();
    }

    Optional<String> of(String guildId) {
        return jdbc.sql("select zip from discord_server_zip where guild_id = ?").param(guildId).query(String.class).optional();
    }

    boolean clear(String guildId) {
        return jdbc.sql("delete from discord_server_zip where guild_id = ?").param(guildId).update() == 1;
    }
}
