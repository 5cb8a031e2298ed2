package org.beloved.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beloved.shared.Channel;
import org.beloved.shared.WriteBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** CONNECT n's storage: the partners each sender was last shown, and the requests to share a contact. */
@Repository
class ConnectRequests {

    /** A request as stored. {@code status} is 'asked', 'accepted' or 'declined'. */
    record Request(long id, long congregationId, Channel volunteerChannel, String volunteerAddress,
            Channel contactChannel, String contactAddress, String zip, String status, Instant createdAt) {
    }

    /** The partners of a sender's last ZIP answer, numbered from 1 in this order. */
    record Shown(String zip, List<Long> partnerIds) {
    }

    /** Where a listing's contact can be asked: the channel it registered on, or a web sign-up's phone. */
    record AskAt(Channel channel, String address) {
    }

    private final JdbcClient jdbc;
    private final WriteBatch batch;

    ConnectRequests(JdbcClient jdbc, WriteBatch batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Read only by a later turn (CONNECT, STATE), so it goes with the turn's other writes at commit. */
    void saveShown(Channel channel, String address, String zip, List<Long> partnerIds, Instant now) {
        batch.add("""
                insert into partner_search_shown (channel, address, zip, partner_ids, shown_at) values (?, ?, ?, ?, ?)
                on conflict (channel, address) do update
                set zip = excluded.zip, partner_ids = excluded.partner_ids, shown_at = excluded.shown_at""",
                channel.name(), address, zip, partnerIds.toArray(Long[]::new), Timestamp.from(now));
    }

    Optional<Shown> shown(Channel channel, String address) {
        return jdbc.sql("select zip, partner_ids from partner_search_shown where channel = ? and address = ?")
                .params(channel.name(), address)
                .query((rs, i) -> new Shown(rs.getString("zip").strip(), ids(rs.getArray("partner_ids"))))
                .optional();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).toList();
    }

    /** Where each of these listings can be asked, for those that can be (listed, with a channel to ask). */
    Map<Long, AskAt> askable(List<Long> congregationIds) {
        Map<Long, AskAt> found = new HashMap<>();
        if (congregationIds.isEmpty()) {
            return found;
        }
        record Row(long id, Optional<AskAt> askAt) {
        }
        jdbc.sql("""
                select id, source_channel, submitted_by, contact_phone from congregation
                where id in (:ids) and status = 'listed'
                """).param("ids", congregationIds).query((rs, i) -> new Row(rs.getLong("id"), askAt(rs)))
                .list().forEach(row -> row.askAt().ifPresent(a -> found.put(row.id(), a)));
        return found;
    }

    /** Every listed listing that can be asked: for the map, which shows them all (no list of ids to bind). */
    Set<Long> askableListed() {
        Set<Long> found = new HashSet<>();
        jdbc.sql("select id, source_channel, submitted_by, contact_phone from congregation where status = 'listed'")
                .query(rs -> {
                    if (askAt(rs).isPresent()) {
                        found.add(rs.getLong("id"));
                    }
                });
        return found;
    }

    static Optional<AskAt> askAt(ResultSet rs) throws SQLException {
        String source = rs.getString("source_channel");
        String submittedBy = rs.getString("submitted_by");
        String phone = rs.getString("contact_phone");
        if (("SMS".equals(source) || "DISCORD".equals(source)) && submittedBy != null && !submittedBy.isBlank()) {
            return Optional.of(new AskAt(Channel.valueOf(source), submittedBy));
        }
        if (phone != null && phone.startsWith("+")) {
            return Optional.of(new AskAt(Channel.SMS, phone));
        }
        return Optional.empty();
    }

    long insert(long congregationId, Channel volunteerChannel, String volunteerAddress, AskAt askAt, String zip,
            Instant now) {
        return jdbc.sql("""
                insert into connect_request (congregation_id, volunteer_channel, volunteer_address, contact_channel,
                    contact_address, zip, status, created_at)
                values (?, ?, ?, ?, ?, ?, 'asked', ?) returning id
                """).params(congregationId, volunteerChannel.name(), volunteerAddress, askAt.channel().name(),
                askAt.address(), zip, Timestamp.from(now)).query(Long.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from connect_request where id = ?").param(id).update();
    }

    Optional<Request> find(long id) {
        return jdbc.sql("select * from connect_request where id = ?").param(id).query(ConnectRequests::request).optional();
    }

    /** Requests this volunteer made since {@code since}. */
    int countByVolunteer(Channel channel, String address, Instant since) {
        return jdbc.sql("""
                select count(*) from connect_request
                where volunteer_channel = ? and volunteer_address = ? and created_at >= ?
                """).params(channel.name(), address, Timestamp.from(since)).query(Integer.class).single();
    }

    /** Requests made to this congregation since {@code since}. */
    int countByCongregation(long congregationId, Instant since) {
        return jdbc.sql("select count(*) from connect_request where congregation_id = ? and created_at >= ?")
                .params(congregationId, Timestamp.from(since)).query(Integer.class).single();
    }

    /** Whether this volunteer has an open ask (not answered, not expired) to this congregation. */
    boolean openAsk(long congregationId, Channel channel, String address, Instant since) {
        return jdbc.sql("""
                select count(*) from connect_request where congregation_id = ? and volunteer_channel = ?
                  and volunteer_address = ? and status = 'asked' and created_at >= ?
                """).params(congregationId, channel.name(), address, Timestamp.from(since))
                .query(Integer.class).single() > 0;
    }

    /** The most recent ask to this contact still waiting for an answer, expired or not. */
    Optional<Request> latestAsked(Channel channel, String address) {
        return jdbc.sql("""
                select * from connect_request where contact_channel = ? and contact_address = ? and status = 'asked'
                order by created_at desc, id desc limit 1
                """).params(channel.name(), address).query(ConnectRequests::request).optional();
    }

    /** Records the answer to an ask still waiting; false when it was answered or erased meanwhile. */
    boolean answer(long id, boolean accepted, Instant now) {
        return jdbc.sql("update connect_request set status = ?, answered_at = ? where id = ? and status = 'asked'")
                .params(accepted ? "accepted" : "declined", Timestamp.from(now), id).update() == 1;
    }

    /** What DELETE MY DATA erased here: requests, and whether the sender's last partner list was kept. */
    record Erased(int requests, boolean search) {
    }

    /** DELETE MY DATA: requests the sender made or was asked, and what they were last shown. */
    Erased erase(Channel channel, String address) {
        int searches = jdbc.sql("delete from partner_search_shown where channel = ? and address = ?")
                .params(channel.name(), address).update();
        List<Object> params = new ArrayList<>(List.of(channel.name(), address, channel.name(), address));
        int requests = jdbc.sql("""
                delete from connect_request where (volunteer_channel = ? and volunteer_address = ?)
                    or (contact_channel = ? and contact_address = ?)
                """).params(params).update();
        return new Erased(requests, searches > 0);
    }

    /** Requests neither made nor answered since {@code cutoff}, and partners shown before it, deleted. @return rows */
    int purgeUntouchedSince(Instant cutoff) {
        Timestamp at = Timestamp.from(cutoff);
        int requests = jdbc.sql("delete from connect_request where greatest(created_at, answered_at) < ?").param(at)
                .update();
        return requests + jdbc.sql("delete from partner_search_shown where shown_at < ?").param(at).update();
    }

    private static Request request(ResultSet rs, int row) throws SQLException {
        return new Request(rs.getLong("id"), rs.getLong("congregation_id"),
                Channel.valueOf(rs.getString("volunteer_channel")), rs.getString("volunteer_address"),
                Channel.valueOf(rs.getString("contact_channel")), rs.getString("contact_address"),
                rs.getString("zip").strip(), rs.getString("status"), rs.getTimestamp("created_at").toInstant());
    }
}
