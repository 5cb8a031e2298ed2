package org.beloved.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether a recipient can be reached at all. Channels report "unreachable" failures (a dead
 * number, closed Discord DMs) and successes; past a channel's threshold the recipient is marked
 * unreachable and nothing more is sent until they write to us again.
 */
@Service
public class Reachability {

    private final JdbcClient jdbc;
    private final Clock clock;

    Reachability(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one more unreachable failure in a row.
     *
     * @param threshold how many in a row mark the recipient unreachable (1: at once)
     * @return true if the recipient is now unreachable
     */
    public boolean recordUnreachable(Channel channel, String address, int threshold) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into recipient_reachability (channel, address, consecutive_unreachable, unreachable_since, updated_at)
                values (:channel, :address, 1, case when 1 >= :threshold::int then :now::timestamptz end, :now)
                on conflict (channel, address) do update set
                  consecutive_unreachable = recipient_reachability.consecutive_unreachable + 1,
                  unreachable_since = coalesce(recipient_reachability.unreachable_since,
                      case when recipient_reachability.consecutive_unreachable + 1 >= :threshold::int then :now::timestamptz end),
                  updated_at = :now
                returning unreachable_since is not null
                """)
                .param("channel", channel.name()).param("address", address)
                .param("threshold", threshold).param("now", now)
                .query(Boolean.class).single();
    }

    /** A delivery got through, or the recipient wrote to us: they are reachable again. */
    public void recordReachable(Channel channel, String address) {
        jdbc.sql("delete from recipient_reachability where channel = ? and address = ?")
                .params(channel.name(), address)
                .update();
    }

    public boolean isUnreachable(Channel channel, String address) {
        return jdbc.sql("select exists (select 1 from recipient_reachability where channel = ? and address = ? and unreachable_since is not null)")
                .params(channel.name(), address)
                .query(Boolean.class).single();
    }

    /** Forgets everything about the recipient's delivery health (DELETE MY DATA). */
    void erase(Channel channel, String address) {
        jdbc.sql("delete from recipient_reachability where channel = ? and address = ?")
                .params(channel.name(), address)
                .update();
    }
}
