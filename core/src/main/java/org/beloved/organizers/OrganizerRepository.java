package org.beloved.organizers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizer table. Inserts never fail on a duplicate: they add nothing (two instances may bootstrap at once). */
@Repository
class OrganizerRepository {

    private final JdbcClient jdbc;

    OrganizerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's id, or empty when that Discord id or phone is already in the table. */
    Optional<Long> insert(NewOrganizer organizer, String addedBy, Instant now) {
        return jdbc.sql("""
                insert into organizer (display_name, discord_user_id, phone, active, added_by, added_at)
                values (?, ?, ?, true, ?, ?) on conflict do nothing returning id
                """).params(organizer.displayName(), organizer.discordUserId(), organizer.phone(), addedBy,
                        Timestamp.from(now))
                .query(Long.class).optional();
    }

    /** Makes the one removed organizer with this Discord id or phone active again, under a new name. */
    Optional<Long> reactivate(NewOrganizer organizer, String addedBy, Instant now) {
        List<Organizer> matching = jdbc.sql("select * from organizer where discord_user_id = ? or phone = ?")
                .params(organizer.discordUserId(), organizer.phone()).query(OrganizerRepository::organizer).list();
        if (matching.size() != 1 || matching.get(0).active()) {
            return Optional.empty();
        }
        long id = matching.get(0).id();
        jdbc.sql("""
                update organizer set active = true, removed_at = null, display_name = ?, added_by = ?, added_at = ?,
                  discord_user_id = coalesce(?, discord_user_id), phone = coalesce(?, phone) where id = ?
                """).params(organizer.displayName(), addedBy, Timestamp.from(now), organizer.discordUserId(),
                        organizer.phone(), id).update();
        return Optional.of(id);
    }

    /**
     * Takes the phone (or the Discord id) out of the table: a row left with no way to reach anyone is
     * deleted, the others keep their other contact. The ids of the rows touched.
     */
    List<Long> eraseContact(boolean phone, String address) {
        String column = phone ? "phone" : "discord_user_id";
        String other = phone ? "discord_user_id" : "phone";
        List<Long> ids = new java.util.ArrayList<>(jdbc.sql("delete from organizer where " + column + " = ? and " + other
                + " is null returning id").param(address).query(Long.class).list());
        ids.addAll(jdbc.sql("update organizer set " + column + " = null where " + column + " = ? returning id")
                .param(address).query(Long.class).list());
        return ids;
    }

    boolean deactivate(long id, Instant now) {
        return jdbc.sql("update organizer set active = false, removed_at = ? where id = ? and active")
                .params(Timestamp.from(now), id).update() == 1;
    }

    Optional<Organizer> find(long id) {
        return jdbc.sql("select * from organizer where id = ?").param(id).query(OrganizerRepository::organizer).optional();
    }

    Optional<Organizer> activeWithPhone(String phone) {
        return jdbc.sql("select * from organizer where active and phone = ?").param(phone)
                .query(OrganizerRepository::organizer).optional();
    }

    List<Organizer> all() {
        return jdbc.sql("select * from organizer order by id").query(OrganizerRepository::organizer).list();
    }

    List<Organizer> activeOnDiscord() {
        return jdbc.sql("select * from organizer where active and discord_user_id is not null")
                .query(OrganizerRepository::organizer).list();
    }

    private static Organizer organizer(ResultSet rs, int i) throws SQLException {
        return new Organizer(rs.getLong("id"), rs.getString("display_name"), rs.getString("discord_user_id"),
                rs.getString("phone"), rs.getBoolean("active"), rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant());
    }
}
