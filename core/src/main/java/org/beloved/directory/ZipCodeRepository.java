package org.beloved.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ZipCodeRepository {

    private final JdbcClient jdbc;

    ZipCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COLUMNS = "select zip, city, state, county, latitude, longitude, time_zone from zip_code ";

    Optional<ZipCode> find(String zip) {
        return jdbc.sql(COLUMNS + "where zip = ?").param(zip).query(ZipCodeRepository::zipCode).optional();
    }

    /**
     * The ZIP whose centroid is nearest a point (flat-earth distance with the longitude scaled by
     * the latitude's cosine: exact enough between neighbouring ZIPs). A scan of the ZIP table, for
     * an occasional "use my location", not for bulk work.
     */
    Optional<ZipCode> nearest(double latitude, double longitude) {
        return jdbc.sql(COLUMNS + "order by power(latitude - :lat, 2) + power((longitude - :lon) * cos(radians(:lat)), 2) limit 1")
                .param("lat", latitude).param("lon", longitude).query(ZipCodeRepository::zipCode).optional();
    }

    /** Every ZIP's county FIPS code, for the ZIPs that have one. */
    Map<String, String> countyFips() {
        return jdbc.sql("select zip, county_fips from zip_code where county_fips is not null")
                .query((rs, i) -> Map.entry(rs.getString("zip"), rs.getString("county_fips"))).stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every county the ZIP table knows, by FIPS, named as most of its ZIPs name it. */
    List<ZipCounty> counties() {
        return jdbc.sql("""
                select county_fips, mode() within group (order by county) as name,
                       mode() within group (order by state) as state
                from zip_code where county_fips is not null and county <> '' group by county_fips order by county_fips
                """).query((rs, i) -> new ZipCounty(rs.getString("county_fips"), rs.getString("name"),
                        rs.getString("state"))).list();
    }

    private static ZipCode zipCode(ResultSet rs, int i) throws SQLException {
        return new ZipCode(rs.getString("zip"), rs.getString("city"), rs.getString("state"), rs.getString("county"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), ZoneId.of(rs.getString("time_zone")));
    }
}
