package org.beloved.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Repository
class CongregationRepository {

    private static final double METERS_PER_MILE = 1609.344;
    private static final String COLUMNS = """
            c.id, c.name, c.tradition, c.zip, z.city, z.state, c.latitude, c.longitude, c.street_address,
            c.contact_name, c.contact_email, c.contact_phone, c.website, c.show_email, c.show_phone, c.status,
            c.source_channel, c.created_at
            """;

    private final JdbcClient jdbc;

    CongregationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new entry as inserted: its id and its first status (pending, or listed with auto-approve). */
    record Saved(long id, Congregation.Status status) {
    }

    /** Who registered an entry, to tell its own submitter (same channel and address) from anyone else. */
    record Owner(long id, String channel, String submittedBy, Congregation.Status status) {

        boolean submitted(NewCongregation c) {
            return submittedBy != null && submittedBy.equals(c.submittedBy()) && channel.equals(c.channel().name());
        }
    }

    /** The entry with this name key at this ZIP, locked until the transaction ends. */
    /** How many listings there are in each status (every status present, zero included). */
    java.util.Map<Congregation.Status, Long> countByStatus() {
        java.util.Map<Congregation.Status, Long> counts = new java.util.EnumMap<>(Congregation.Status.class);
        for (Congregation.Status status : Congregation.Status.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from congregation group by status")
                .query((rs, i) -> counts.put(Congregation.Status.valueOf(rs.getString(1).toUpperCase()), rs.getLong(2)))
                .list();
        return counts;
    }

    Optional<Owner> lockByKey(String nameKey, String zip) {
        return jdbc.sql("select id, source_channel, submitted_by, status from congregation where name_key = ? and zip = ?"
                        + " for update")
                .params(nameKey, zip)
                .query((rs, i) -> new Owner(rs.getLong("id"), rs.getString("source_channel"), rs.getString("submitted_by"),
                        Congregation.Status.valueOf(rs.getString("status").toUpperCase())))
                .optional();
    }

    /** Inserts a new entry; empty when one with the same name key and ZIP got there first. */
    Optional<Saved> insert(NewCongregation c, String nameKey, ZipCode zip, Congregation.Status status, Instant now) {
        return jdbc.sql("""
                insert into congregation (name, name_key, tradition, zip, latitude, longitude, street_address,
                    contact_name, contact_email, contact_phone, website, show_email, show_phone, status, source_channel,
                    submitted_by, created_at, updated_at)
                values (:name, :key, :tradition, :zip, :lat, :lon, :street, :contact, :email, :phone, :website,
                    :showEmail, :showPhone, :status, :channel, :by, :now, :now)
                on conflict (name_key, zip) do nothing
                returning id, status
                """)
                .param("name", c.name().strip()).param("key", nameKey).param("tradition", c.tradition().name())
                .param("zip", zip.zip()).param("lat", zip.latitude()).param("lon", zip.longitude())
                .param("street", blankToNull(c.streetAddress())).param("contact", c.contactName().strip())
                .param("email", blankToNull(c.contactEmail())).param("phone", blankToNull(c.contactPhone()))
                .param("website", blankToNull(c.website())).param("showEmail", c.showEmail())
                .param("showPhone", c.showPhone()).param("status", status.name().toLowerCase())
                .param("channel", c.channel().name()).param("by", c.submittedBy()).param("now", Timestamp.from(now))
                .query((rs, i) -> new Saved(rs.getLong("id"), Congregation.Status.valueOf(rs.getString("status").toUpperCase())))
                .optional();
    }

    /**
     * Its own submitter's new details, in place: the status stays, and a phone or website left
     * blank keeps the earlier one (with the earlier phone's consent).
     */
    void updateOwn(long id, NewCongregation c, Instant now) {
        jdbc.sql("""
                update congregation set name = :name, tradition = :tradition, street_address = :street,
                    contact_name = :contact, contact_email = :email, show_email = :showEmail,
                    show_phone = case when :phone::text is null then show_phone else :showPhone end,
                    contact_phone = coalesce(:phone, contact_phone), website = coalesce(:website, website),
                    updated_at = :now
                where id = :id
                """)
                .param("id", id).param("name", c.name().strip()).param("tradition", c.tradition().name())
                .param("street", blankToNull(c.streetAddress())).param("contact", c.contactName().strip())
                .param("email", blankToNull(c.contactEmail())).param("phone", blankToNull(c.contactPhone()))
                .param("website", blankToNull(c.website())).param("showEmail", c.showEmail())
                .param("showPhone", c.showPhone()).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * An approved claim: the listing passes to the claimant, their contact with their consents and
     * their address as its submitter; nothing of the earlier contact is kept. Name and status stay.
     */
    void handOver(long id, NewCongregation claimant, Instant now) {
        jdbc.sql("""
                update congregation set tradition = :tradition, street_address = :street, contact_name = :contact,
                    contact_email = :email, contact_phone = :phone, website = :website, show_email = :showEmail,
                    show_phone = :showPhone, source_channel = :channel, submitted_by = :by, updated_at = :now
                where id = :id
                """)
                .param("id", id).param("tradition", claimant.tradition().name())
                .param("street", claimant.streetAddress()).param("contact", claimant.contactName())
                .param("email", claimant.contactEmail()).param("phone", claimant.contactPhone())
                .param("website", claimant.website()).param("showEmail", claimant.showEmail())
                .param("showPhone", claimant.showPhone()).param("channel", claimant.channel().name())
                .param("by", claimant.submittedBy()).param("now", Timestamp.from(now))
                .update();
    }

    /** The entry, locked until the transaction ends. */
    Optional<Congregation> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from congregation c join zip_code z on z.zip = c.zip where c.id = ?"
                        + " for update of c")
                .param(id).query(CongregationRepository::congregation).optional();
    }

    /**
     * An organizer's edit, every field as given (blank optional fields become null); a listing moved
     * to another ZIP takes that ZIP's centre as its location. Submitter and status stay.
     */
    /**
     * False when another listing took the same name at that ZIP after the caller's check (the unique
     * key): a savepoint keeps the caller's transaction usable for its answer.
     */
    boolean edit(long id, NewCongregation c, String nameKey, ZipCode zip, Instant now) {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        if (inTransaction) {
            jdbc.sql("savepoint listing_edit").update();
        }
        try {
            update(id, c, nameKey, zip, now);
        } catch (DuplicateKeyException e) {
            if (inTransaction) {
                jdbc.sql("rollback to savepoint listing_edit").update();
            }
            return false;
        }
        if (inTransaction) {
            jdbc.sql("release savepoint listing_edit").update();
        }
        return true;
    }

    private void update(long id, NewCongregation c, String nameKey, ZipCode zip, Instant now) {
        jdbc.sql("""
                update congregation set name = :name, name_key = :key, tradition = :tradition, zip = :zip,
                    latitude = case when zip = :zip then latitude else :lat end,
                    longitude = case when zip = :zip then longitude else :lon end,
                    street_address = :street, contact_name = :contact,
                    contact_email = :email, contact_phone = :phone, website = :website, show_email = :showEmail,
                    show_phone = :showPhone, updated_at = :now
                where id = :id
                """)
                .param("id", id).param("name", c.name().strip()).param("key", nameKey)
                .param("tradition", c.tradition().name()).param("zip", zip.zip()).param("lat", zip.latitude())
                .param("lon", zip.longitude()).param("street", blankToNull(c.streetAddress()))
                .param("contact", c.contactName().strip()).param("email", blankToNull(c.contactEmail()))
                .param("phone", blankToNull(c.contactPhone())).param("website", blankToNull(c.website()))
                .param("showEmail", c.showEmail()).param("showPhone", c.showPhone()).param("now", Timestamp.from(now))
                .update();
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

    /** Name, city or ZIP containing {@code text} (case-insensitive), in any status or in one; newest first. */
    List<Congregation> search(String text, Congregation.Status status, int limit) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + " from congregation c join zip_code z on z.zip = c.zip"
                        + " where (c.name ilike ? or z.city ilike ? or c.zip like ?)"
                        + " and (cast(? as text) is null or c.status = ?) order by c.created_at desc, c.id desc limit ?")
                .params(like, like, like, status == null ? null : status.name().toLowerCase(),
                        status == null ? null : status.name().toLowerCase(), limit)
                .query(CongregationRepository::congregation).list();
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

    boolean setShowEmail(long id, boolean show, Instant now) {
        return jdbc.sql("update congregation set show_email = ?, updated_at = ? where id = ?")
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

    /** The directory's version (V15): it moves with every committed change to a listing; empty when unknown. */
    OptionalLong version() {
        return jdbc.sql("select version from directory_version").query(Long.class).optional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
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
                    show_email = false, show_phone = false, submitted_by = null, updated_at = :now,
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
                rs.getBoolean("show_email"), rs.getBoolean("show_phone"), Congregation.Status.valueOf(rs.getString("status").toUpperCase()),
                rs.getString("source_channel"), rs.getTimestamp("created_at").toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
