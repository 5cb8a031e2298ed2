package org.beloved.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fresh listings' storage (table {@code listing_freshness}, V20): where each listing stands in its
 * 90-day check-in. Every change is conditional on the state it expects, so that a second instance,
 * or an answer racing the job, changes nothing twice.
 */
@Repository
class FreshnessStore {

    /** A listed listing due for its first check-in, with where its contact can be asked. */
    record Due(long id, int round, Optional<ConnectRequests.AskAt> askAt) {
    }

    /** A check-in waiting for its answer. */
    record Waiting(long id, String name, int round, int asks, Channel channel, String address, Instant askedAt) {
    }

    private final JdbcClient jdbc;

    FreshnessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Listed listings whose 90 days (from their last confirmation, else their creation) ended by {@code cutoff}. */
    List<Due> due(Instant cutoff, int limit) {
        return jdbc.sql("""
                select c.id, c.source_channel, c.submitted_by, c.contact_phone, coalesce(f.round, 0) as round
                from congregation c left join listing_freshness f on f.congregation_id = c.id
                where c.status = 'listed' and coalesce(f.state, 'fresh') = 'fresh'
                  and coalesce(f.confirmed_at, c.created_at) <= ?
                order by coalesce(f.confirmed_at, c.created_at), c.id limit ?
                """).params(Timestamp.from(cutoff), limit)
                .query((rs, i) -> new Due(rs.getLong("id"), rs.getInt("round"), ConnectRequests.askAt(rs))).list();
    }

    /** Check-ins of listed listings sent {@code asks} times, the last before {@code cutoff}. */
    List<Waiting> unanswered(int asks, Instant cutoff, int limit) {
        return jdbc.sql("""
                select f.*, c.name from listing_freshness f join congregation c on c.id = f.congregation_id
                where f.state = 'asked' and f.asks = ? and f.asked_at <= ? and c.status = 'listed'
                order by f.asked_at, f.congregation_id limit ?
                """).params(asks, Timestamp.from(cutoff), limit).query(FreshnessStore::waiting).list();
    }

    /** The check-ins waiting for this contact's answer, on listings still listed, newest first. */
    List<Waiting> waitingFor(Channel channel, String address) {
        return jdbc.sql("""
                select f.*, c.name from listing_freshness f join congregation c on c.id = f.congregation_id
                where f.state = 'asked' and f.ask_channel = ? and f.ask_address = ? and c.status = 'listed'
                order by f.asked_at desc, f.congregation_id
                """).params(channel.name(), address).query(FreshnessStore::waiting).list();
    }

    /** The first check-in of a new round, if the listing is still fresh and due: false when someone got there first. */
    boolean startRound(Due due, Instant now) {
        ConnectRequests.AskAt at = due.askAt().orElseThrow();
        return jdbc.sql("""
                insert into listing_freshness (congregation_id, state, confirmed_at, round, asks, asked_at, ask_channel,
                    ask_address, since)
                select c.id, 'asked', c.created_at, :round, 1, :now, :channel, :address, :now
                from congregation c where c.id = :id
                on conflict (congregation_id) do update
                set state = 'asked', round = excluded.round, asks = 1, asked_at = excluded.asked_at,
                    ask_channel = excluded.ask_channel, ask_address = excluded.ask_address, since = excluded.since
                where listing_freshness.state = 'fresh' and listing_freshness.round = :round - 1
                """).param("id", due.id()).param("round", due.round() + 1).param("now", Timestamp.from(now))
                .param("channel", at.channel().name()).param("address", at.address()).update() == 1;
    }

    /** The second check-in: false when the first was answered (or the second sent) meanwhile. */
    boolean askAgain(Waiting waiting, Instant now) {
        return jdbc.sql("""
                update listing_freshness set asks = 2, asked_at = ?
                where congregation_id = ? and state = 'asked' and round = ? and asks = 1
                """).params(Timestamp.from(now), waiting.id(), waiting.round()).update() == 1;
    }

    /** The listing leaves the check-in: {@code state} is 'declined', 'silent' or 'no-channel'. */
    void close(long id, String state, Instant now) {
        jdbc.sql("""
                insert into listing_freshness (congregation_id, state, confirmed_at, since)
                select c.id, :state, c.created_at, :now from congregation c where c.id = :id
                on conflict (congregation_id) do update
                set state = excluded.state, asks = 0, asked_at = null, ask_channel = null, ask_address = null,
                    since = excluded.since
                """).param("id", id).param("state", state).param("now", Timestamp.from(now)).update();
    }

    /** Closes a waiting check-in only if it still waits (an answer and the job may race): false otherwise. */
    boolean closeWaiting(Waiting waiting, String state, Instant now) {
        return jdbc.sql("""
                update listing_freshness set state = ?, asks = 0, asked_at = null, ask_channel = null,
                    ask_address = null, since = ?
                where congregation_id = ? and state = 'asked' and round = ? and asks = ?
                """).params(state, Timestamp.from(now), waiting.id(), waiting.round(), waiting.asks()).update() == 1;
    }

    /** A YES, an organizer's approval or restore: 90 new days from {@code now}. */
    void confirm(long id, Instant now) {
        jdbc.sql("""
                insert into listing_freshness (congregation_id, state, confirmed_at, since) values (?, 'fresh', ?, ?)
                on conflict (congregation_id) do update
                set state = 'fresh', confirmed_at = excluded.confirmed_at, asks = 0, asked_at = null,
                    ask_channel = null, ask_address = null, since = excluded.since
                """).params(id, Timestamp.from(now), Timestamp.from(now)).update();
    }

    /** The check-in waiting on this listing, if one waits and the listing is still on the map. */
    Optional<Waiting> waiting(long id) {
        return jdbc.sql("""
                select f.*, c.name from listing_freshness f join congregation c on c.id = f.congregation_id
                where f.congregation_id = ? and f.state = 'asked' and c.status = 'listed'
                """).param(id).query(FreshnessStore::waiting).optional();
    }

    /** Hidden listings waiting for an organizer (silent, or nobody to ask), longest waiting first. */
    List<StaleListing> stale(int limit) {
        return jdbc.sql("""
                select c.id, c.name, z.city, z.state, c.zip, f.state as reason, f.since, f.round
                from listing_freshness f join congregation c on c.id = f.congregation_id
                join zip_code z on z.zip = c.zip
                where f.state in ('silent', 'no-channel') and c.status = 'hidden'
                order by f.since, c.id limit ?
                """).param(limit).query((rs, i) -> new StaleListing(rs.getLong("id"), rs.getString("name"),
                        rs.getString("city"), rs.getString("state"), rs.getString("zip").strip(),
                        StaleListing.Reason.of(rs.getString("reason")), rs.getTimestamp("since").toInstant()))
                .list();
    }

    /** DELETE MY DATA: check-ins waiting for this contact are dropped; their listings count their days as before. */
    int erase(Channel channel, String address) {
        return jdbc.sql("""
                update listing_freshness set state = 'fresh', asks = 0, asked_at = null, ask_channel = null,
                    ask_address = null
                where ask_channel = ? and ask_address = ?
                """).params(channel.name(), address).update();
    }

    private static Waiting waiting(ResultSet rs, int i) throws SQLException {
        return new Waiting(rs.getLong("congregation_id"), rs.getString("name"), rs.getInt("round"), rs.getInt("asks"),
                Channel.valueOf(rs.getString("ask_channel")), rs.getString("ask_address"),
                rs.getTimestamp("asked_at").toInstant());
    }
}
