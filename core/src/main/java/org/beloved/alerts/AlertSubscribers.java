package org.beloved.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.beloved.directory.ZipCode;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who opted in to action alerts, where, in which language and time zone. Only this class touches {@code alert_subscriber}. */
@Service
public class AlertSubscribers {

    private static final double METERS_PER_MILE = 1609.344;
    private static final String COLUMNS = "channel, address, language, zip, county_fips, time_zone";

    /** One opt-in. {@code countyFips} is null where the ZIP table knows no county for the ZIP. */
    public record Subscriber(Channel channel, String address, Language language, String zip, String countyFips,
            ZoneId timeZone) {
    }

    private final JdbcClient jdbc;
    private final AlertCounties counties;
    private final Clock clock;

    AlertSubscribers(JdbcClient jdbc, AlertCounties counties, Clock clock) {
        this.jdbc = jdbc;
        this.counties = counties;
        this.clock = clock;
    }

    /** Opts in (or moves an opt-in to another place or language). Only SMS and Discord can receive alerts. */
    public Subscriber subscribe(Channel channel, String address, Language language, ZipCode zip) {
        if (channel == Channel.WEB) {
            throw new IllegalArgumentException("the web channel cannot receive alerts");
        }
        String fips = counties.fipsOf(zip.zip()).orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into alert_subscriber (channel, address, language, zip, county_fips, latitude, longitude, time_zone,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (channel, address) do update set language = excluded.language, zip = excluded.zip,
                    county_fips = excluded.county_fips, latitude = excluded.latitude, longitude = excluded.longitude,
                    time_zone = excluded.time_zone, updated_at = excluded.updated_at
                """).params(channel.name(), address, language.code(), zip.zip(), fips, zip.latitude(), zip.longitude(),
                        zip.timeZone().getId(), now, now).update();
        return new Subscriber(channel, address, language, zip.zip(), fips, zip.timeZone());
    }

    /** @return whether the address was opted in */
    public boolean unsubscribe(Channel channel, String address) {
        return jdbc.sql("delete from alert_subscriber where channel = ? and address = ?")
                .params(channel.name(), address).update() == 1;
    }

    public Optional<Subscriber> find(Channel channel, String address) {
        return jdbc.sql("select " + COLUMNS + " from alert_subscriber where channel = ? and address = ?")
                .params(channel.name(), address).query(AlertSubscribers::subscriber).optional();
    }

    /** The opted-in on these channels whose county is one of {@code fips}, ordered by channel and address. */
    List<Subscriber> inCounties(Collection<Channel> channels, Collection<String> fips) {
        return jdbc.sql("select " + COLUMNS + " from alert_subscriber where channel = any (?) and county_fips = any (?)"
                        + " order by channel, address")
                .params(names(channels), fips.toArray(String[]::new)).query(AlertSubscribers::subscriber).list();
    }

    /** The opted-in on these channels whose ZIP's centroid lies within {@code miles} of the point. */
    List<Subscriber> within(Collection<Channel> channels, double latitude, double longitude, double miles) {
        return jdbc.sql("select " + COLUMNS + " from alert_subscriber where channel = any (:channels)"
                        + " and earth_box(ll_to_earth(:lat, :lon), :meters) @> ll_to_earth(latitude, longitude)"
                        + " and earth_distance(ll_to_earth(latitude, longitude), ll_to_earth(:lat, :lon)) <= :meters"
                        + " order by channel, address")
                .param("channels", names(channels)).param("lat", latitude).param("lon", longitude)
                .param("meters", miles * METERS_PER_MILE)
                .query(AlertSubscribers::subscriber).list();
    }

    private static String[] names(Collection<Channel> channels) {
        return channels.stream().map(Channel::name).toArray(String[]::new);
    }

    private static Subscriber subscriber(ResultSet rs, int i) throws SQLException {
        return new Subscriber(Channel.valueOf(rs.getString("channel")), rs.getString("address"),
                Language.fromCode(rs.getString("language")), rs.getString("zip"), rs.getString("county_fips"),
                ZoneId.of(rs.getString("time_zone")));
    }
}
