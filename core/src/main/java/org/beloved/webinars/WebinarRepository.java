package org.beloved.webinars;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebinarRepository {

    private final JdbcClient jdbc;

    WebinarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Webinar w, Instant now) {
        return jdbc.sql("""
                insert into webinar (title, description, title_es, description_es, start_at, time_zone, duration_minutes,
                    join_url, language, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?) returning id
                """).params(w.title(), w.description(), w.titleEs(), w.descriptionEs(), Timestamp.from(w.start()),
                        w.timeZone().getId(), w.durationMinutes(), w.joinUrl(), w.language().code(), Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class).single();
    }

    boolean update(Webinar w, Instant now) {
        return jdbc.sql("""
                update webinar set title = ?, description = ?, title_es = ?, description_es = ?, start_at = ?,
                    time_zone = ?, duration_minutes = ?, join_url = ?, language = ?, updated_at = ?,
                    sequence = sequence + 1
                where id = ? and status = 'scheduled'
                """).params(w.title(), w.description(), w.titleEs(), w.descriptionEs(), Timestamp.from(w.start()),
                        w.timeZone().getId(), w.durationMinutes(), w.joinUrl(), w.language().code(), Timestamp.from(now),
                        w.id())
                .update() == 1;
    }

    boolean cancel(long id, Instant now) {
        return jdbc.sql("""
                update webinar set status = 'cancelled', updated_at = ?, sequence = sequence + 1
                where id = ? and status = 'scheduled'
                """)
                .params(Timestamp.from(now), id).update() == 1;
    }

    Optional<Webinar> find(long id) {
        return jdbc.sql("select * from webinar where id = ?").param(id).query(WebinarRepository::webinar).optional();
    }

    /** The webinar, its row locked until the transaction ends: a partial edit reads what it changes. */
    Optional<Webinar> lock(long id) {
        return jdbc.sql("select * from webinar where id = ? for update").param(id).query(WebinarRepository::webinar)
                .optional();
    }

    /** Scheduled webinars that have not ended, soonest first. */
    List<Webinar> upcoming(Instant now) {
        return jdbc.sql("""
                select * from webinar where status = 'scheduled'
                  and start_at + make_interval(mins => duration_minutes) > ? order by start_at, id
                """).param(Timestamp.from(now)).query(WebinarRepository::webinar).list();
    }

    /**
     * What the calendar feed shows: scheduled webinars that have not ended, and those cancelled
     * since {@code cancelledSince}, by start.
     */
    List<Webinar> forCalendar(Instant now, Instant cancelledSince) {
        return jdbc.sql("""
                select * from webinar where (status = 'scheduled' and start_at + make_interval(mins => duration_minutes) > ?)
                   or (status = 'cancelled' and updated_at >= ?)
                order by start_at, id
                """).params(Timestamp.from(now), Timestamp.from(cancelledSince)).query(WebinarRepository::webinar).list();
    }

    private static Webinar webinar(ResultSet rs, int i) throws SQLException {
        return new Webinar(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                rs.getString("title_es"), rs.getString("description_es"), rs.getTimestamp("start_at").toInstant(), ZoneId.of(rs.getString("time_zone")),
                rs.getInt("duration_minutes"), rs.getString("join_url"),
                WebinarLanguage.fromCode(rs.getString("language")).orElseThrow(),
                Webinar.Status.valueOf(rs.getString("status").toUpperCase()), rs.getInt("sequence"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
