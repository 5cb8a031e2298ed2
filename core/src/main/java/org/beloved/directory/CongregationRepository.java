package org.beloved.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CongregationRepository {

    private static final double METERS_PER_MILE = 1609.344;
    private static final String COLUMNS = """
            c.id, c.name, c.tradition, c.zip, z.city, z.state, c.latitude, c.longitude, c.street_address,
            c.contact_name, c.contact_email, c.contact_phone, c.website, c.show_contact, c.status,
            c.source_channel, c.created_at
            """;

    private final JdbcClient jdbc;

    CongregationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts, or updates the entry with the same name key and ZIP; returns its id and whether it
     * was new. Only its own submitter (same channel and address) updates an entry in place, keeping
     * its status and any phone or website left blank. Anyone else's details replace it only through
     * review: the entry goes back to {@code newStatus} (pending unless auto-approve is on), and
     * nothing of the earlier contact is kept, so no one can publish another's contact or listing.
     */
    record Saved(long id, boolean created, Congregation.Status status) {
    }

    Saved upsert(NewCongregation c, String nameKey, ZipCode zip, Congregation.Status newStatus, Instant now) {
        return jdbc.sql("""
                insert into congregation (name, name_key, tradition, zip, latitude, longitude, street_address,
                    contact_name, contact_email, contact_phone, website, show_contact, status, source_channel,
                    submitted_by, created_at, updated_at)
                values (:name, :key, :tradition, :zip, :lat, :lon, :street, :contact, :email, :phone, :website,
                    :show, :status, :channel, :by, :now, :now)
                on conflict (name_key, zip) do update set
                    name = excluded.name, tradition = excluded.tradition, street_address = excluded.street_address,
                    contact_name = excluded.contact_name, contact_email = excluded.contact_email,
                    contact_phone = case when (congregation.submitted_by is not null and congregation.submitted_by = excluded.submitted_by
                        and congregation.source_channel = excluded.source_channel) then coalesce(excluded.contact_phone, congregation.contact_phone)
                        else excluded.contact_phone end,
                    website = case when (congregation.submitted_by is not null and congregation.submitted_by = excluded.submitted_by
                        and congregation.source_channel = excluded.source_channel) then coalesce(excluded.website, congregation.website)
                        else excluded.website end,
                    status = case when (congregation.submitted_by is not null and congregation.submitted_by = excluded.submitted_by
                        and congregation.source_channel = excluded.source_channel) then congregation.status else excluded.status end,
                    show_contact = excluded.show_contact, submitted_by = excluded.submitted_by,
                    source_channel = excluded.source_channel, updated_at = excluded.updated_at
                returning id, (xmax = 0) as created, status
                """)
                .param("name", c.name().strip()).param("key", nameKey).param("tradition", c.tradition().name())
                .param("zip", zip.zip()).param("lat", zip.latitude()).param("lon", zip.longitude())
                .param("street", blankToNull(c.streetAddress())).param("contact", c.contactName().strip())
                .param("email", blankToNull(c.contactEmail())).param("phone", blankToNull(c.contactPhone()))
                .param("website", blankToNull(c.website())).param("show", c.showContact())
                .param("status", newStatus.name().toLowerCase()).param("channel", c.channel().name())
                .param("by", c.submittedBy()).param("now", Timestamp.from(now))
                .query((rs, i) -> new Saved(rs.getLong("id"), rs.getBoolean("created"),
                        Congregation.Status.valueOf(rs.getString("status").toUpperCase())))
                .single();
    }

    Optional<Congregation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from congregation c join zip_code z on z.zip = c.zip where c.id = ?")
                .param(id).query(CongregationRepository::congregation).optional();
    }

    List<Congregation> byStatus(Congregation.Status status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from congregation c join zip_code z on z.zip = c.zip"
                        + " where c.status = ? order by c.created_at, c.id limit ?")
                .params(status.name().toLowerCase(), limit).query(CongregationRepository::congregation).list();
    }

    List<Congregation> submittedBy(String channel, String address) {
        return jdbc.sql("select " + COLUMNS + " from congregation c join zip_code z on z.zip = c.zip"
                        + " where c.source_channel = ? and c.submitted_by = ? order by c.id")
                .params(channel, address).query(CongregationRepository::congregation).list();
    }

    boolean setStatus(long id, Congregation.Status status, Instant now) {
        return jdbc.sql("update congregation set status = ?, updated_at = ? where id = ?")
                .params(status.name().toLowerCase(), Timestamp.from(now), id).update() == 1;
    }

    boolean setShowContact(long id, boolean show, Instant now) {
        return jdbc.sql("update congregation set show_contact = ?, updated_at = ? where id = ?")
                .params(show, Timestamp.from(now), id).update() == 1;
    }

    /** The listed congregations nearest the point, within {@code radiusMiles} (or anywhere when null). */
    List<Partner> nearest(double lat, double lon, Double radiusMiles, int limit) {
        String within = radiusMiles == null ? ""
                : " and earth_box(ll_to_earth(:lat, :lon), :radius) @> ll_to_earth(c.latitude, c.longitude)"
                        + " and earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(c.latitude, c.longitude)) <= :radius";
        var spec = jdbc.sql("select " + COLUMNS + ", earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(c.latitude, c.longitude)) as meters"
                        + " from congregation c join zip_code z on z.zip = c.zip"
                        + " where c.status = 'listed'" + within
                        + " order by ll_to_earth(c.latitude, c.longitude) <-> ll_to_earth(:lat, :lon), c.id limit :limit")
                .param("lat", lat).param("lon", lon).param("limit", limit);
        if (radiusMiles != null) {
            spec = spec.param("radius", radiusMiles * METERS_PER_MILE);
        }
        return spec.query((rs, i) -> {
            Congregation c = congregation(rs, i);
            double miles = Math.round(rs.getDouble("meters") / METERS_PER_MILE * 10) / 10.0;
            return new Partner(c.id(), c.name(), c.tradition(), c.city(), c.state(), c.zip(), miles, PublicContact.of(c));
        }).list();
    }

    List<PublicListing> listed() {
        return jdbc.sql("select " + COLUMNS + " from congregation c join zip_code z on z.zip = c.zip"
                        + " where c.status = 'listed' order by c.id")
                .query((rs, i) -> {
                    Congregation c = congregation(rs, i);
                    return new PublicListing(c.id(), c.name(), c.tradition(), c.city(), c.state(), c.zip(),
                            c.latitude(), c.longitude(), PublicContact.of(c));
                }).list();
    }

    /**
     * DELETE MY DATA, for the listings the sender registered: one still pending is removed; any
     * other loses its whole contact (name, email, phone, consent, submitter) and, if it was listed,
     * leaves the map for an organizer's review (pending). @return how many listings were touched
     */
    int eraseSubmitter(String channel, String address, Instant now) {
        int removed = jdbc.sql("delete from congregation where source_channel = ? and submitted_by = ? and status = 'pending'")
                .params(channel, address).update();
        return removed + jdbc.sql("""
                update congregation set contact_name = '', contact_email = null, contact_phone = null,
                    show_contact = false, submitted_by = null, updated_at = :now,
                    status = case when status = 'listed' then 'pending' else status end
                where source_channel = :channel and submitted_by = :address
                """)
                .param("channel", channel).param("address", address).param("now", Timestamp.from(now)).update();
    }

    /** DELETE MY DATA: the phone leaves every other listing; a listing left with no contact is hidden. */
    int erasePhone(String phone, Instant now) {
        return jdbc.sql("""
                update congregation set contact_phone = null, updated_at = :now,
                    status = case when contact_email is null then 'hidden' else status end
                where contact_phone = :phone
                """)
                .param("phone", phone).param("now", Timestamp.from(now)).update();
    }

    private static Congregation congregation(ResultSet rs, int i) throws SQLException {
        return new Congregation(rs.getLong("id"), rs.getString("name"), Tradition.valueOf(rs.getString("tradition")),
                rs.getString("zip"), rs.getString("city"), rs.getString("state"), rs.getDouble("latitude"),
                rs.getDouble("longitude"), rs.getString("street_address"), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("contact_phone"), rs.getString("website"),
                rs.getBoolean("show_contact"), Congregation.Status.valueOf(rs.getString("status").toUpperCase()),
                rs.getString("source_channel"), rs.getTimestamp("created_at").toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
