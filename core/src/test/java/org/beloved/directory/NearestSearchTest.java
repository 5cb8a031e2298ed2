package org.beloved.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The indexed k-NN search against a brute-force haversine over the same rows. */
@CleanDatabase
class NearestSearchTest {

    /** earthdistance's earth radius, so both sides measure the same sphere. */
    private static final double EARTH_METERS = 6378168;
    private static final double METERS_PER_MILE = 1609.344;

    private record Row(long id, double lat, double lon) {
    }

    private final Directory directory = DirectoryFixtures.directory(false);
    private List<Row> rows;

    @BeforeEach
    void threeThousandRandomCongregations() {
        TestDatabase.jdbc().sql("select setseed(0.42)").query(Object.class).list();
        TestDatabase.jdbc().sql("""
                insert into congregation (name, name_key, tradition, zip, latitude, longitude, contact_name,
                    contact_email, status, source_channel, created_at, updated_at)
                select 'Congregation ' || zip, 'congregation ' || zip, 'OTHER', zip, latitude, longitude, 'Someone',
                    'someone@example.org', case when random() < 0.9 then 'listed' else 'pending' end, 'WEB', now(), now()
                from zip_code order by random() limit 3000
                """).update();
        rows = TestDatabase.jdbc().sql("select id, latitude, longitude from congregation where status = 'listed'")
                .query((rs, i) -> new Row(rs.getLong(1), rs.getDouble(2), rs.getDouble(3))).list();
    }

    private static double miles(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_METERS * Math.asin(Math.sqrt(a)) / METERS_PER_MILE;
    }

    @Test
    void sameSetSameOrderDistancesWithinATenthOfAMile() {
        List<String> zips = TestDatabase.jdbc().sql("select zip from zip_code order by md5(zip) limit 60")
                .query(String.class).list();
        Random random = new Random(7);
        int compared = 0;
        for (String z : zips) {
            ZipCode from = DirectoryFixtures.zip(z);
            int radius = 25 + random.nextInt(226);
            int limit = 1 + random.nextInt(20);
            List<Partner> found = directory.nearest(from, radius, limit).partners();
            List<double[]> expected = rows.stream()
                    .map(r -> new double[] {r.id(), miles(from.latitude(), from.longitude(), r.lat(), r.lon())})
                    .filter(d -> d[1] <= radius)
                    .sorted(Comparator.comparingDouble(d -> d[1]))
                    .limit(limit)
                    .toList();
            assertThat(found).as("from %s within %d, limit %d", z, radius, limit).hasSameSizeAs(expected);
            for (int i = 0; i < found.size(); i++) {
                assertThat(found.get(i).distanceMiles()).isCloseTo(expected.get(i)[1], org.assertj.core.data.Offset.offset(0.1));
                double expectedMiles = expected.get(i)[1];
                long sameDistance = expected.stream().filter(d -> Math.abs(d[1] - expectedMiles) < 0.05).count();
                if (sameDistance == 1 && (i + 1 < expected.size() || expected.size() < limit)) {
                    assertThat((double) found.get(i).id()).isEqualTo(expected.get(i)[0]);
                }
            }
            compared += found.size();
        }
        assertThat(compared).as("the comparison saw partners").isGreaterThan(100);
    }

    @Test
    void theSearchUsesTheIndex() {
        String plan = String.join("\n", TestDatabase.jdbc().sql("""
                explain select id from congregation c where c.status = 'listed'
                  and earth_box(ll_to_earth(37.75, -122.41), 40000) @> ll_to_earth(c.latitude, c.longitude)
                order by ll_to_earth(c.latitude, c.longitude) <-> ll_to_earth(37.75, -122.41) limit 5
                """).query(String.class).list());
        assertThat(plan).contains("congregation_listed_location");
    }
}
