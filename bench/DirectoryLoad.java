import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * Nearest-partner search at national scale, on a Beloved database (the schema and ZIP table from
 * its migrations): bulk-loads N synthetic listed congregations, then times the production k-NN
 * query (GiST index, nearest 5 within 25 miles) for Q random ZIPs, next to the same search done
 * the obvious way (a haversine over every row, no index) for the same ZIPs.
 *
 * Congregations sit at ZIP centroids drawn uniformly over the shipped ZIP codes: ZIPs are drawn
 * smaller where mail (and so people) is denser, so this approximates the population's spread; the
 * ZIP table carries no population figure to do better. The rows are deleted at the end.
 *
 * Usage: java -cp <postgresql driver> bench/DirectoryLoad.java JDBC_URL USER PASSWORD [N] [Q]
 */
public class DirectoryLoad {

    static final String KNN = """
            select c.id, earth_distance(ll_to_earth(?, ?), ll_to_earth(c.latitude, c.longitude)) as meters
            from congregation c
            where c.status = 'listed'
              and earth_box(ll_to_earth(?, ?), ?) @> ll_to_earth(c.latitude, c.longitude)
              and earth_distance(ll_to_earth(?, ?), ll_to_earth(c.latitude, c.longitude)) <= ?
            order by ll_to_earth(c.latitude, c.longitude) <-> ll_to_earth(?, ?), c.id limit 5
            """;

    static final String SEQUENTIAL = """
            select id, meters from (
              select c.id, 2 * 6378168 * asin(sqrt(power(sin(radians(c.latitude - ?) / 2), 2)
                + cos(radians(?)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - ?) / 2), 2))) as meters
              from congregation c where c.status = 'listed') d
            where meters <= ? order by meters, id limit 5
            """;

    public static void main(String[] args) throws Exception {
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 400_000;
        int q = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            List<double[]> zips = new ArrayList<>();
            List<String> zipCodes = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select zip, latitude, longitude from zip_code order by zip")) {
                while (rs.next()) {
                    zipCodes.add(rs.getString(1));
                    zips.add(new double[] {rs.getDouble(2), rs.getDouble(3)});
                }
            }
            Random random = new Random(2026);
            long t0 = System.nanoTime();
            StringBuilder csv = new StringBuilder(n * 90);
            for (int i = 0; i < n; i++) {
                int z = random.nextInt(zips.size());
                csv.append("Bench Congregation ").append(i).append(',').append("bench congregation ").append(i)
                        .append(",OTHER,").append(zipCodes.get(z)).append(',').append(zips.get(z)[0]).append(',')
                        .append(zips.get(z)[1]).append(",Someone,someone@example.org,listed,WEB,now(),now()\n");
            }
            long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy congregation (name, name_key, tradition, zip, latitude, longitude, contact_name, contact_email,
                        status, source_channel, created_at, updated_at) from stdin (format csv)
                    """, new StringReader(csv.toString().replace("now()", java.time.Instant.now().toString())));
            try (Statement s = c.createStatement()) {
                s.execute("analyze congregation");
            }
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("bulk load (COPY + ANALYZE, index maintained): %d congregations in %.1f s (%.0f rows/s)%n",
                    copied, loadSeconds, copied / loadSeconds);

            List<double[]> from = new ArrayList<>();
            for (int i = 0; i < q; i++) {
                from.add(zips.get(random.nextInt(zips.size())));
            }
            double radius = 25 * 1609.344;
            long[] knn = time(c, KNN, from, (ps, p) -> {
                ps.setDouble(1, p[0]); ps.setDouble(2, p[1]); ps.setDouble(3, p[0]); ps.setDouble(4, p[1]);
                ps.setDouble(5, radius); ps.setDouble(6, p[0]); ps.setDouble(7, p[1]); ps.setDouble(8, radius);
                ps.setDouble(9, p[0]); ps.setDouble(10, p[1]);
            });
            long[] seq = time(c, SEQUENTIAL, from, (ps, p) -> {
                ps.setDouble(1, p[0]); ps.setDouble(2, p[0]); ps.setDouble(3, p[1]); ps.setDouble(4, radius);
            });
            print("k-NN with the GiST index", knn);
            print("sequential haversine", seq);
            System.out.printf("ratio of p50 (sequential / index): %.0fx%n", (double) seq[seq.length / 2] / knn[knn.length / 2]);
            try (Statement s = c.createStatement()) {
                s.execute("delete from congregation where name_key like 'bench congregation %'");
            }
        }
    }

    interface Binder {
        void bind(PreparedStatement ps, double[] point) throws Exception;
    }

    static long[] time(Connection c, String sql, List<double[]> points, Binder binder) throws Exception {
        long[] nanos = new long[points.size()];
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < points.size(); i++) {
                binder.bind(ps, points.get(i));
                long t0 = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
                nanos[i] = System.nanoTime() - t0;
            }
        }
        java.util.Arrays.sort(nanos);
        return nanos;
    }

    static void print(String name, long[] sorted) {
        System.out.printf("%-26s %d queries: p50 %.2f ms, p99 %.2f ms%n", name, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
    }
}
