import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.GZIPOutputStream;

/**
 * The map's GeoJSON at N listed congregations (the same rows as HomePageLoad seeds: the first N ZIP
 * codes by md5, every other one with a consented email): its size raw and gzipped as served, the
 * size the earlier layout had for the same rows (id and zip in every point, coordinates unrounded;
 * written here the way Jackson wrote it), and the time of R full downloads against R revalidations
 * (If-None-Match, 304) from one client in sequence.
 *
 * Usage: java -cp <postgresql driver> bench/MapDataLoad.java BASE_URL JDBC_URL USER PASSWORD N R
 */
public class MapDataLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = Integer.parseInt(args[4]);
        int r = Integer.parseInt(args[5]);
        String earlier;
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]); Statement s = db.createStatement()) {
            s.executeUpdate("delete from congregation where source_channel = 'WEB' and name like 'Bench %'");
            s.executeUpdate("""
                    insert into congregation (name, name_key, tradition, zip, latitude, longitude, contact_name,
                        contact_email, show_email, status, source_channel, created_at, updated_at)
                    select 'Bench ' || z.zip, 'bench ' || z.zip, 'INTERFAITH', z.zip, z.latitude, z.longitude,
                        'Organizer', 'o@example.org', mod(z.zip::int, 2) = 0, 'listed', 'WEB', now(), now()
                    from (select * from zip_code order by md5(zip) limit %d) z
                    """.formatted(n));
            earlier = earlierLayout(s);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(base + "/api/congregations.geojson");
        HttpResponse<byte[]> raw = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String etag = gzip.headers().firstValue("ETag").orElse("(none)");   // the tag of the gzipped form
        System.out.printf("congregations: %d%n", n);
        System.out.printf("GeoJSON now:            %,10d B raw, %,9d B gzip as served (Content-Encoding %s, ETag %s)%n",
                raw.body().length, gzip.body().length, gzip.headers().firstValue("Content-Encoding").orElse("none"),
                gzip.headers().firstValue("ETag").orElse("(none)"));
        System.out.printf("earlier layout, same rows: %,7d B raw, %,9d B gzip (computed here)%n",
                earlier.getBytes().length, gzipped(earlier.getBytes()));
        double full = time(client, HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(), r, 200);
        double revalidate = time(client, HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip")
                .header("If-None-Match", etag).build(), r, 304);
        System.out.printf("%d full downloads (200, gzip): %.2f ms each, %.0f/s%n", r, full, 1000 / full);
        System.out.printf("%d revalidations (304, no body): %.2f ms each, %.0f/s%n", r, revalidate, 1000 / revalidate);
    }

    static double time(HttpClient client, HttpRequest request, int r, int status) throws Exception {
        for (int i = 0; i < Math.min(r, 20); i++) {
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < r; i++) {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != status) {
                throw new IllegalStateException("expected " + status + ", got " + response.statusCode());
            }
        }
        return (System.nanoTime() - t0) / 1e6 / r;
    }

    /** The rows as the GeoJSON was written before (2026-11-28): all public fields, coordinates as stored. */
    static String earlierLayout(Statement s) throws Exception {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        try (ResultSet rs = s.executeQuery("""
                select c.id, c.name, c.tradition, z.city, z.state, c.zip, c.latitude, c.longitude, c.contact_name,
                       c.contact_email, c.show_email
                from congregation c join zip_code z on z.zip = c.zip where c.status = 'listed' order by c.id
                """)) {
            boolean first = true;
            while (rs.next()) {
                out.append(first ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                        .append(rs.getDouble("longitude")).append(',').append(rs.getDouble("latitude"))
                        .append("]},\"properties\":{\"id\":").append(rs.getLong("id")).append(",\"name\":\"")
                        .append(rs.getString("name")).append("\",\"tradition\":\"").append(rs.getString("tradition"))
                        .append("\",\"city\":\"").append(rs.getString("city")).append("\",\"state\":\"")
                        .append(rs.getString("state")).append("\",\"zip\":\"").append(rs.getString("zip")).append('"');
                if (rs.getBoolean("show_email")) {
                    out.append(",\"contactName\":\"").append(rs.getString("contact_name")).append("\",\"contactEmail\":\"")
                            .append(rs.getString("contact_email")).append('"');
                }
                out.append("}}");
                first = false;
            }
        }
        return out.append("]}").toString();
    }

    static int gzipped(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
