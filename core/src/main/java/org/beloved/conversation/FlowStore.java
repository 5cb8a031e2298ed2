package org.beloved.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The running flow of each (channel, sender), at most one, with its expiry. The collected values
 * are a jsonb object of strings, built and read by PostgreSQL itself.
 */
@Repository
class FlowStore {

    /** A stored flow state and whether it has expired. */
    record Stored(FlowState state, boolean expired) {
    }

    private final JdbcClient jdbc;

    FlowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(Channel channel, String address, Instant now) {
        return jdbc.sql("""
                select flow, step, expires_at,
                       array(select key from jsonb_each_text(data) order by key) as keys,
                       array(select value from jsonb_each_text(data) order by key) as vals
                  from conversation_flow where channel = ? and address = ?
                """)
                .params(channel.name(), address)
                .query((rs, i) -> stored(rs, now))
                .optional();
    }

    /** A row with {@code flow, step, expires_at, keys, vals}, as {@link #find} selects them. */
    static Stored stored(ResultSet rs, Instant now) throws SQLException {
        return new Stored(new FlowState(rs.getString("flow"), rs.getString("step"), data(rs)),
                !rs.getTimestamp("expires_at").toInstant().isAfter(now));
    }

    void save(Channel channel, String address, FlowState state, Instant expiresAt) {
        String[] keys = state.data().keySet().toArray(String[]::new);
        String[] values = java.util.Arrays.stream(keys).map(state.data()::get).toArray(String[]::new);
        jdbc.sql("""
                insert into conversation_flow (channel, address, flow, step, data, expires_at)
                values (?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?)
                on conflict (channel, address) do update
                  set flow = excluded.flow, step = excluded.step, data = excluded.data, expires_at = excluded.expires_at
                """)
                .params(channel.name(), address, state.flow(), state.step(), keys, values, SenderStore.ts(expiresAt))
                .update();
    }

    void delete(Channel channel, String address) {
        jdbc.sql("delete from conversation_flow where channel = ? and address = ?")
                .params(channel.name(), address)
                .update();
    }

    /** Deletes this channel's flows that expired before the cutoff (unanswered since); returns how many. */
    int deleteExpiredBefore(Channel channel, Instant cutoff) {
        return jdbc.sql("delete from conversation_flow where channel = ? and expires_at < ?")
                .params(channel.name(), SenderStore.ts(cutoff))
                .update();
    }

    private static Map<String, String> data(ResultSet rs) throws SQLException {
        String[] keys = (String[]) rs.getArray("keys").getArray();
        String[] values = (String[]) rs.getArray("vals").getArray();
        Map<String, String> data = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            data.put(keys[i], values[i]);
        }
        return data;
    }
}
