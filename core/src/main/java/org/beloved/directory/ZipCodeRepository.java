package org.beloved.directory;

import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ZipCodeRepository {

    private final JdbcClient jdbc;

    ZipCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ZipCode> find(String zip) {
        return jdbc.sql("select zip, city, state, county, latitude, longitude, time_zone from zip_code where zip = ?")
                .param(zip)
                .query((rs, i) -> new ZipCode(rs.getString("zip"), rs.getString("city"), rs.getString("state"),
                        rs.getString("county"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                        ZoneId.of(rs.getString("time_zone"))))
                .optional();
    }
}
