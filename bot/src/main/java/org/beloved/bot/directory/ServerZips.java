package org.beloved.bot.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each Discord server's default ZIP code (a normalized 5-digit ZIP), for /partners and /alerts on without one. */
@Repository
public class ServerZips {

    /** A server and its default ZIP. */
    public record ServerZip(String guildId, String zip) {
    }

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

    public Optional<String> of(String guildId) {
        return jdbc.sql("select zip from discord_server_zip where guild_id = ?").param(guildId).query(String.class).optional();
    }

    /** Every server that set a default ZIP. */
    public List<ServerZip> all() {
        return jdbc.sql("select guild_id, zip from discord_server_zip order by guild_id")
                .query((rs, i) -> new ServerZip(rs.getString(1), rs.getString(2))).list();
    }

    boolean clear(String guildId) {
        return jdbc.sql("delete from discord_server_zip where guild_id = ?").param(guildId).update() == 1;
    }
}
