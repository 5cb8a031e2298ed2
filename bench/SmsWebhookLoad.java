import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load on a running Beloved, from this machine only (loopback): signed Twilio inbound webhooks
 * that each text a ZIP code (signature check, idempotency insert, conversation engine, ZIP
 * lookup, TwiML), next to a trivial endpoint of the same app (a small static file, /favicon.svg), at several
 * concurrencies. Each request has its own MessageSid and sender, so none is a retry or rate limited.
 *
 * Usage: java bench/SmsWebhookLoad.java BASE_URL AUTH_TOKEN PUBLIC_URL ACCOUNT_SID SECONDS CONCURRENCY...
 * Bounded: each run lasts SECONDS (after a 3 s warm-up) and then stops by itself.
 * With -Dsms.only=true only the webhooks run, and a last line says how many were answered ("texts N");
 * -Dwarmup=SECONDS changes the warm-up (0: none). bench/sms-cpu.sh uses both.
 */
public class SmsWebhookLoad {

    static final String[] ZIPS = {"94110", "02134", "10001", "60614", "99501", "96813", "85004", "73301", "30303", "98101"};
    static final AtomicLong SEQ = new AtomicLong(Long.getLong("sms.first", 0));
    static final boolean SMS_ONLY = Boolean.getBoolean("sms.only");
    static final int WARMUP = Integer.getInteger("warmup", 3);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String publicUrl = args[2];
        String account = args[3];
        int seconds = Integer.parseInt(args[4]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf("%-22s %11s %10s %9s %9s %7s%n", "endpoint", "concurrency", "req/s", "p50 ms", "p99 ms", "errors");
        for (int i = 5; i < args.length; i++) {
            int concurrency = Integer.parseInt(args[i]);
            if (SMS_ONLY) {
                Result sms = run(concurrency, seconds, () -> signed(base, token, publicUrl, account), client);
                print("POST /sms/inbound (ZIP)", concurrency, sms);
                System.out.printf("texts %d%n", sms.count() - sms.errors());
                continue;
            }
            Result trivial = run(concurrency, seconds, () -> HttpRequest.newBuilder(URI.create(base + "/favicon.svg")).GET().build(), client);
            Result sms = run(concurrency, seconds, () -> signed(base, token, publicUrl, account), client);
            print("GET /favicon.svg", concurrency, trivial);
            print("POST /sms/inbound (ZIP)", concurrency, sms);
            System.out.printf("%-22s %11d %9.1f%%%n", "ratio sms/trivial", concurrency, 100.0 * sms.rate() / trivial.rate());
        }
    }

    record Result(int count, double seconds, long p50, long p99, long errors) {
        double rate() {
            return count / seconds;
        }
    }

    interface RequestFactory {
        HttpRequest next() throws Exception;
    }

    static void print(String name, int concurrency, Result r) {
        System.out.printf("%-22s %11d %10.0f %9.2f %9.2f %7d%n", name, concurrency, r.rate(), r.p50() / 1e6, r.p99() / 1e6, r.errors());
    }

    static Result run(int concurrency, int seconds, RequestFactory factory, HttpClient client) throws Exception {
        if (WARMUP > 0) {
            load(concurrency, WARMUP, factory, client);
        }
        return load(concurrency, seconds, factory, client);
    }

    static Result load(int concurrency, int seconds, RequestFactory factory, HttpClient client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> futures = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest request = factory.next();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(all.size(), elapsed, all.get(all.size() / 2), all.get((int) (all.size() * 0.99)), errors.get());
    }

    static HttpRequest signed(String base, String token, String publicUrl, String account) throws Exception {
        long n = SEQ.incrementAndGet();
        Map<String, String> form = new TreeMap<>();
        form.put("MessageSid", String.format("SM%032d", n));
        form.put("SmsSid", String.format("SM%032d", n));
        form.put("AccountSid", account);
        form.put("From", String.format("+1555%07d", n % 10_000_000));
        form.put("To", "+15005550006");
        form.put("Body", ZIPS[ThreadLocalRandom.current().nextInt(ZIPS.length)]);
        form.put("NumMedia", "0");
        form.put("NumSegments", "1");
        form.put("ApiVersion", "2010-04-01");
        StringBuilder data = new StringBuilder(publicUrl + "/sms/inbound");
        form.forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + "/sms/inbound"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
