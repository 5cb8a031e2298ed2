package org.beloved.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code alert} table: only this class touches it. */
@Repository
class AlertRepository {

    private final JdbcClient jdbc;
    private final AlertPricing pricing;

    AlertRepository(JdbcClient jdbc, AlertPricing pricing) {
        this.jdbc = jdbc;
        this.pricing = pricing;
    }

    long insert(ValidAlert a, AlertPreview preview, String createdBy, Instant now) {
        return jdbc.sql("""
                insert into alert (text, text_es, counties, zip, radius_miles, channels, urgent, created_by, created_at,
                    sms_en, sms_es, discord_recipients, segments_en, segments_es)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(a.text(), a.textEs(), a.counties().isEmpty() ? null : a.counties().toArray(String[]::new),
                        a.zip().orElse(null), a.radiusMiles().orElse(null),
                        a.channels().stream().map(Channel::name).sorted().toArray(String[]::new), a.urgent(), createdBy,
                        Timestamp.from(now), preview.smsRecipientsByLanguage().get(Language.EN),
                        preview.smsRecipientsByLanguage().get(Language.ES),
                        preview.recipientsByChannel().getOrDefault(Channel.DISCORD, 0),
                        preview.segments().get(Language.EN), preview.segments().get(Language.ES))
                .query(Long.class).single();
    }

    Optional<Alert> find(long id) {
        return jdbc.sql("select * from alert where id = ?").param(id).query(this::alert).optional();
    }

    /** The newest alerts first, drafts and sent ones. */
    List<Alert> newest(int limit) {
        return jdbc.sql("select * from alert order by id desc limit ?").param(limit).query(this::alert).list();
    }

    /**
     * Marks the alert sent, once: true for the one call that found it unsent (a concurrent second
     * call waits for the first's transaction, then finds it sent).
     */
    boolean markSent(long id, Instant now) {
        return jdbc.sql("update alert set sent_at = ? where id = ? and sent_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }

    void enqueued(long id, int count) {
        jdbc.sql("update alert set enqueued = ? where id = ?").params(count, id).update();
    }

    private Alert alert(ResultSet rs, int i) throws SQLException {
        Set<Channel> channels = Arrays.stream(strings(rs.getArray("channels"))).map(Channel::valueOf)
                .collect(Collectors.toSet());
        Map<Language, Integer> sms = new EnumMap<>(Language.class);
        sms.put(Language.EN, rs.getInt("sms_en"));
        sms.put(Language.ES, rs.getInt("sms_es"));
        Map<Language, Integer> segments = new EnumMap<>(Language.class);
        segments.put(Language.EN, rs.getInt("segments_en"));
        segments.put(Language.ES, rs.getInt("segments_es"));
        int discord = rs.getInt("discord_recipients");
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new Alert(rs.getLong("id"), rs.getString("text"), rs.getString("text_es"),
                List.of(strings(rs.getArray("counties"))), rs.getString("zip"), rs.getObject("radius_miles", Double.class),
                channels, rs.getBoolean("urgent"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                preview(channels, sms, segments, discord, pricing.pricePerSegment()),
                sentAt == null ? null : sentAt.toInstant(), rs.getObject("enqueued", Integer.class));
    }

    /** The preview from its counts: every channel of the alert present, the cost computed at {@code price}. */
    static AlertPreview preview(Set<Channel> channels, Map<Language, Integer> sms, Map<Language, Integer> segments,
            int discord, BigDecimal price) {
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        if (channels.contains(Channel.SMS)) {
            byChannel.put(Channel.SMS, sms.values().stream().mapToInt(Integer::intValue).sum());
        }
        if (channels.contains(Channel.DISCORD)) {
            byChannel.put(Channel.DISCORD, discord);
        }
        long smsSegments = Arrays.stream(Language.values())
                .mapToLong(l -> (long) sms.getOrDefault(l, 0) * segments.getOrDefault(l, 0)).sum();
        BigDecimal cost = price.multiply(BigDecimal.valueOf(smsSegments)).setScale(4, RoundingMode.HALF_UP);
        return new AlertPreview(byChannel.values().stream().mapToInt(Integer::intValue).sum(), byChannel, sms, segments,
                cost);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
