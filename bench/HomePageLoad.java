import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The home page in headless Chromium against a running Beloved: for each number of listed
 * congregations, loads the page R times in a fresh tab and reads the browser's own clocks: first
 * contentful paint (the page readable), DOMContentLoaded, and the moment the map has drawn its
 * markers (performance mark 'beloved-map-ready'), at full CPU speed and with the CPU slowed 4x
 * (Chromium's emulation of a cheap phone). Also the bytes that crossed the wire for the page, its
 * own CSS/JS, Leaflet, and the GeoJSON. Prints medians. Congregations are synthetic rows at ZIP
 * centroids, deleted at the end.
 *
 * Usage: java -cp <selenium + postgresql> bench/HomePageLoad.java BASE_URL JDBC_URL USER PASSWORD [R] [N...]
 */
public class HomePageLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(0, 1_000, 10_000);
        }
        ChromeDriver browser = browser();
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            System.out.printf("%-14s %-6s %10s %10s %12s %14s%n", "congregations", "cpu", "FCP ms", "DCL ms",
                    "map ready ms", "GeoJSON bytes");
            for (int n : sizes) {
                seed(db, n);
                for (int slowdown : new int[] {1, 4}) {
                    browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", slowdown));
                    List<double[]> samples = new ArrayList<>();
                    for (int r = 0; r < runs; r++) {
                        samples.add(load(browser, base));
                    }
                    System.out.printf("%-14d %-6s %10.0f %10.0f %12.0f %14.0f%n", n, slowdown + "x", median(samples, 0),
                            median(samples, 1), median(samples, 2), median(samples, 3));
                }
                browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
            }
            load(browser, base);
            System.out.println();
            System.out.println("Bytes over the wire (gzip where the server compresses), one load:");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.executeScript("""
                    var nav = performance.getEntriesByType('navigation')[0];
                    return [{name: nav.name, transfer: nav.transferSize, body: nav.decodedBodySize}].concat(
                      performance.getEntriesByType('resource').map(function (e) {
                        return {name: e.name, transfer: e.transferSize, body: e.decodedBodySize}; }));
                    """);
            for (Map<String, Object> e : entries) {
                System.out.printf("  %-60s %8s B transferred, %8s B decoded%n",
                        e.get("name").toString().replace(base, ""), e.get("transfer"), e.get("body"));
            }
            seed(db, 0);
        } finally {
            browser.quit();
        }
    }

    /** One load: FCP, DCL, map ready (ms since navigation start) and the GeoJSON's transfer size. */
    static double[] load(ChromeDriver browser, String base) {
        browser.get("about:blank");
        browser.get(base + "/");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> browser.executeScript(
                "return performance.getEntriesByName('beloved-map-ready').length > 0"
                        + " || document.getElementById('map-status').textContent.indexOf('could not') >= 0").equals(true));
        Object[] values = ((List<?>) browser.executeScript("""
                var fcp = performance.getEntriesByName('first-contentful-paint')[0];
                var nav = performance.getEntriesByType('navigation')[0];
                var map = performance.getEntriesByName('beloved-map-ready')[0];
                var geo = performance.getEntriesByType('resource').filter(function (e) {
                  return e.name.indexOf('congregations.geojson') >= 0; })[0];
                return [fcp ? fcp.startTime : -1, nav.domContentLoadedEventEnd, map ? map.startTime : -1,
                        geo ? geo.transferSize : -1];
                """)).toArray();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).doubleValue();
        }
        return out;
    }

    static double median(List<double[]> samples, int column) {
        double[] v = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
        return v[v.length / 2];
    }

    /** Exactly n (at most one per ZIP, 40,979) synthetic listed congregations, at ZIP centroids spread over the country. */
    static void seed(Connection db, int n) throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("delete from congregation where source_channel = 'WEB' and name like 'Bench %'");
            if (n > 0) {
                s.executeUpdate("""
                        insert into congregation (name, name_key, tradition, zip, latitude, longitude, contact_name,
                            contact_email, show_email, status, source_channel, created_at, updated_at)
                        select 'Bench ' || z.zip, 'bench ' || z.zip, 'INTERFAITH', z.zip, z.latitude, z.longitude,
                            'Organizer', 'o@example.org', mod(z.zip::int, 2) = 0, 'listed', 'WEB', now(), now()
                        from (select * from zip_code order by md5(zip) limit %d) z
                        """.formatted(n));
            }
        }
    }

    static ChromeDriver browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getenv().getOrDefault("BELOVED_CHROMIUM", "/usr/bin/chromium")));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("beloved-bench-chromium-"), "--window-size=412,915");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("BELOVED_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
