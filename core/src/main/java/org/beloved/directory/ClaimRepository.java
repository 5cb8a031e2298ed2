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

/** The {@code congregation_claim} table: claims on listings registered by someone else. */
@Repository
class ClaimRepository {

    /** A claim as stored, the claimant's registration for listing {@code congregationId}. */
    record Row(long id, long congregationId, NewCongregation claimant, Instant createdAt) {
    }

    private static final String COLUMNS = """
            id, congregation_id, name, tradition, street_address, contact_name, contact_email, contact_phone,
            website, show_email, show_phone, source_channel, submitted_by, created_at
            """;

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves a pending claim and returns its id. A claimant with an address (SMS, Discord) who
     * claims the same listing again replaces their own pending claim instead of adding another.
     */
    long save(long congregationId, NewCongregation c, Instant now) {
        Optional<Long> own = c.submittedBy() == null ? Optional.empty() : jdbc.sql("""
                select id from congregation_claim where congregation_id = ? and status = 'pending'
                    and source_channel = ? and submitted_by = ? order by id limit 1 for update
                """).params(congregationId, c.channel().name(), c.submittedBy()).query(Long.class).optional();
        String values = own.isPresent()
                ? "update congregation_claim set (name, tradition, street_address, contact_name, contact_email,"
                        + " contact_phone, website, show_email, show_phone, created_at) = (:name, :tradition, :street,"
                        + " :contact, :email, :phone, :website, :showEmail, :showPhone, :now) where id = :id returning id"
                : "insert into congregation_claim (congregation_id, name, tradition, street_address, contact_name,"
                        + " contact_email, contact_phone, website, show_email, show_phone, status, source_channel,"
                        + " submitted_by, created_at) values (:listing, :name, :tradition, :street, :contact, :email,"
                        + " :phone, :website, :showEmail, :showPhone, 'pending', :channel, :by, :now) returning id";
        return jdbc.sql(values).param("id", own.orElse(null)).param("listing", congregationId)
                .param("name", c.name().strip()).param("tradition", c.tradition().name())
                .param("street", blankToNull(c.streetAddress())).param("contact", c.contactName().strip())
                .param("email", blankToNull(c.contactEmail())).param("phone", blankToNull(c.contactPhone()))
                .param("website", blankToNull(c.website())).param("showEmail", c.showEmail())
                .param("showPhone", c.showPhone()).param("channel", c.channel().name()).param("by", c.submittedBy())
                .param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Pending claims, oldest first. */
    List<Row> pending(int limit) {
        return jdbc.sql("select " + COLUMNS + " from congregation_claim where status = 'pending'"
                        + " order by created_at, id limit ?")
                .param(limit).query(ClaimRepository::row).list();
    }

    /** The claim if it is still pending, locked until the transaction ends so it is resolved once. */
    Optional<Row> lockPending(long id) {
        return jdbc.sql("select " + COLUMNS + " from congregation_claim where id = ? and status = 'pending' for update")
                .param(id).query(ClaimRepository::row).optional();
    }

    void resolve(long id, boolean approved, Instant now) {
        jdbc.sql("update congregation_claim set status = ?, resolved_at = ? where id = ?")
                .params(approved ? "approved" : "rejected", Timestamp.from(now), id).update();
    }

    /** The claimant's answer about showing their email, only on their own pending claim. */
    boolean setShowEmail(long id, String channel, String submittedBy, boolean show) {
        return jdbc.sql("update congregation_claim set show_email = ? where id = ? and status = 'pending'"
                        + " and source_channel = ? and submitted_by = ?")
                .params(show, id, channel, submittedBy).update() == 1;
    }

    /** DELETE MY DATA: the claims this sender made, or that carry their phone, are deleted. */
    int erase(String channel, String address, String phone) {
        return jdbc.sql("""
                delete from congregation_claim
                where (source_channel = :channel and submitted_by = :address) or (:phone::text is not null and contact_phone = :phone)
                """).param("channel", channel).param("address", address).param("phone", phone).update();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        NewCongregation claimant = new NewCongregation(rs.getString("name"), Tradition.valueOf(rs.getString("tradition")),
                null, rs.getString("street_address"), rs.getString("contact_name"), rs.getString("contact_email"),
                rs.getString("contact_phone"), rs.getString("website"), rs.getBoolean("show_email"),
                rs.getBoolean("show_phone"), Channel.valueOf(rs.getString("source_channel")),
                rs.getString("submitted_by"));
        return new Row(rs.getLong("id"), rs.getLong("congregation_id"), claimant, rs.getTimestamp("created_at").toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
