package org.beloved.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.beloved.app.HttpFixtures.get;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beloved.BelovedApplication;
import org.beloved.postgres.EmbeddedPostgres;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL killed (SIGKILL) while texts arrive: webhooks answer 503 within
 * Twilio's 15 s instead of an apology, readiness is DOWN and liveness UP meanwhile, the server
 * comes back without restarting the application, and every text, retried with its MessageSid as
 * Twilio retries a 503, is answered exactly once.
 *
 * <p>Right after the kill the test holds the server's port for a few seconds (a listener that
 * drops every connection), so the supervisor's first restarts fail as they would on a port still
 * taken, and the outage outlasts the pool's 5 s connection timeout: long enough to watch it.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseKilledTest {

    private static final String INBOUND = "/sms/inbound";
    /** Twilio waits at most this long for a webhook's answer (its read and total timeouts). */
    private static final Duration TWILIO_TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern MESSAGE = Pattern.compile("<Body>(.*?)</Body>", Pattern.DOTALL);
    /** Kills in the repeated test: each lands at another moment (3, 5, 7, 9 texts after the last recovery). */
    private static final int KILLS = 4;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tmp;

    /** What Twilio saw of one text: every status it was answered with, and the TwiML it finally acted on. */
    private record Delivery(String sid, List<Integer> statuses, String answer) {
    }

    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final AtomicInteger sids = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();

    @Test
    void textsSentWhileTheDatabaseIsKilledAreAllAnsweredOnceItIsBack(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start("500ms")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            EmbeddedPostgres postgres = app.getBean(EmbeddedPostgres.class);
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService twilio = Executors.newFixedThreadPool(6);
            try {
                outage(app, port, postgres, sending, twilio);
            } finally {
                sending.set(false);
                twilio.shutdownNow();
            }
            assertEveryTextAnsweredOnce(app.getBean(JdbcClient.class), port);
        }
        assertThat(output).contains("The embedded PostgreSQL on 127.0.0.1:", "stopped unexpectedly", "is running again")
                .contains("Inbound SMS answered 503 for Twilio to retry")
                .doesNotContain("Inbound SMS failed");
    }

    /**
     * The server killed four times while texts arrive, each time at another moment of the
     * webhooks' work (a commit under way among them): every text answered with its reply is kept.
     * A commit the driver could not complete once answered an apology and lost its text.
     */
    @Test
    void textsSentWhileTheDatabaseIsKilledAgainAndAgainAreAllKept() throws Exception {
        try (ConfigurableApplicationContext app = start("100ms")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            EmbeddedPostgres postgres = app.getBean(EmbeddedPostgres.class);
            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService twilio = Executors.newFixedThreadPool(6);
            try {
                List<Future<?>> texters = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    texters.add(twilio.submit(() -> textUntilStopped(port, sending)));
                }
                for (int kill = 0; kill < KILLS; kill++) {
                    int answered = deliveries.size() + 3 + kill * 2;
                    await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.size() >= answered);
                    long killed = postgres.pid();
                    ProcessHandle.of(killed).orElseThrow().destroyForcibly();
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                            .until(() -> postgres.isRunning() && postgres.pid() != killed
                                    && get(port, "/actuator/health/readiness").statusCode() == 200);
                }
                sending.set(false);
                for (Future<?> texter : texters) {
                    texter.get(2, TimeUnit.MINUTES);
                }
            } finally {
                sending.set(false);
                twilio.shutdownNow();
            }
            assertThat(postgres.restarts()).isEqualTo(KILLS);
            Map<String, List<String>> stored = storedReplies(app.getBean(JdbcClient.class));
            assertThat(deliveries.values()).as("texts answered without their record")
                    .filteredOn(d -> !stored.containsKey(d.sid())).isEmpty();
            assertThat(deliveries.values()).allSatisfy(d -> assertThat(messages(d.answer())).as(d.sid())
                    .isEqualTo(stored.get(d.sid())));
        }
    }

    private ConfigurableApplicationContext start(String checkInterval) throws IOException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new SpringApplication(BelovedApplication.class).run(
                "--server.port=0", "--beloved.embedded-db.dir=" + tmp.resolve("postgres"), "--spring.datasource.url=",
                "--beloved.embedded-db.check-interval=" + checkInterval, "--spring.quartz.auto-startup=false",
                "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER,
                "--beloved.sms.api-base-url=http://127.0.0.1:9");
    }

    private static Map<String, List<String>> storedReplies(JdbcClient jdbc) {
        return jdbc.sql("select external_id, reply from inbound_message where channel = 'SMS'")
                .query((rs, i) -> Map.entry(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Texts under way; the server killed, kept down a while, and back; the texts that were sent all settled. */
    private void outage(ConfigurableApplicationContext app, int port, EmbeddedPostgres postgres, AtomicBoolean sending,
            ExecutorService twilio) throws Exception {
        List<Future<?>> texters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            texters.add(twilio.submit(() -> textUntilStopped(port, sending)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() >= 12);

        long killed = postgres.pid();
        try (PortHolder held = PortHolder.take(postgres.port(), killed)) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> get(port, "/actuator/health/readiness").statusCode() == 503);
            HttpResponse<String> liveness = get(port, "/actuator/health/liveness");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(liveness.body()).contains("\"status\":\"UP\"");
            await().atMost(Duration.ofSeconds(20)).until(() -> unavailable.get() > 0);
            HttpResponse<String> status = statusCallback(port);
            assertThat(status.statusCode()).as("a status callback while the database is down").isEqualTo(503);
            assertThat(status.body()).isEmpty();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(port, "/actuator/health/readiness").statusCode() == 200);
        assertThat(postgres.restarts()).isEqualTo(1);
        assertThat(postgres.pid()).isNotEqualTo(killed);
        assertThat(app.isActive()).isTrue();
        assertThat(statusCallback(port).statusCode()).as("the status callback retried").isEqualTo(200);
        int sentBeforeRecovery = sids.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> sids.get() >= sentBeforeRecovery + 12);
        sending.set(false);
        for (Future<?> texter : texters) {
            texter.get(2, TimeUnit.MINUTES);
        }
    }

    private void assertEveryTextAnsweredOnce(JdbcClient jdbc, int port) {
        assertThat(unavailable.get()).as("webhooks answered 503 during the outage").isPositive();
        assertThat(deliveries).hasSize(sids.get());
        List<Delivery> retried = deliveries.values().stream().filter(d -> d.statuses().size() > 1).toList();
        assertThat(retried).as("texts Twilio had to retry").isNotEmpty()
                .allSatisfy(d -> assertThat(d.statuses().subList(0, d.statuses().size() - 1)).containsOnly(503));
        Map<String, List<String>> stored = storedReplies(jdbc);
        List<Delivery> lost = deliveries.values().stream().filter(d -> !stored.containsKey(d.sid())).toList();
        assertThat(lost).as("texts answered without a record (none may be lost)").isEmpty();
        assertThat(stored).as("one record per text, none lost").hasSize(deliveries.size());
        for (Delivery d : deliveries.values()) {
            assertThat(messages(d.answer())).as("the answer Twilio acted on for %s", d.sid())
                    .isNotEmpty()
                    .noneMatch(m -> m.contains("something went wrong"))
                    .isEqualTo(stored.get(d.sid()));
        }
        // Twilio may deliver a webhook twice: the second delivery is answered the same, with no second effect.
        for (Delivery d : retried) {
            HttpResponse<String> again = post(port, d.sid(), sender(d.sid()));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(messages(again.body())).isEqualTo(messages(d.answer()));
        }
        assertThat(jdbc.sql("select count(*) from inbound_message").query(Long.class).single())
                .isEqualTo(deliveries.size());
    }

    /** One texter: new texts one after another, each posted until Twilio would stop retrying (a 200). */
    private void textUntilStopped(int port, AtomicBoolean sending) {
        while (sending.get()) {
            String sid = "SM%032d".formatted(sids.incrementAndGet());
            List<Integer> statuses = new ArrayList<>();
            String answer = null;
            long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (answer == null && System.nanoTime() < giveUp) {
                HttpResponse<String> response = post(port, sid, sender(sid));
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    answer = response.body();
                } else {
                    assertThat(response.statusCode()).as("%s answered %s", sid, response.body()).isEqualTo(503);
                    assertThat(response.body()).isEmpty();
                    unavailable.incrementAndGet();
                    pause(Duration.ofMillis(300));
                }
            }
            assertThat(answer).as("%s answered within two minutes of retries", sid).isNotNull();
            deliveries.put(sid, new Delivery(sid, List.copyOf(statuses), answer));
        }
    }

    /** A new sender per text keeps the per-sender rate limit out of the picture. */
    private static String sender(String sid) {
        return "+1415%07d".formatted(Integer.parseInt(sid.substring(sid.length() - 7)));
    }

    /** The webhook as Twilio posts it; Twilio gives up on an answer after 15 s, so this does too. */
    private static HttpResponse<String> post(int port, String sid, String from) {
        Map<String, String> form = TwilioWebhooks.sms(sid, from, "94110");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + INBOUND))
                .timeout(TWILIO_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", TwilioWebhooks.signature(TwilioWebhooks.PUBLIC_URL + INBOUND, form,
                        TwilioWebhooks.AUTH_TOKEN))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(sid + " got no answer within Twilio's " + TWILIO_TIMEOUT.toSeconds() + " s: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A delivery-status callback, signed like Twilio's, for a message this test never sent (it changes nothing). */
    private static HttpResponse<String> statusCallback(int port) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", TwilioWebhooks.ACCOUNT_SID);
        form.put("MessageSid", "SM" + "f".repeat(32));
        form.put("MessageStatus", "delivered");
        form.put("To", "+14155550199");
        form.put("From", TwilioWebhooks.OUR_NUMBER);
        return TwilioWebhooks.signedPost(port, "/sms/status", form);
    }

    private static List<String> messages(String twiml) {
        Matcher m = MESSAGE.matcher(twiml);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&"));
        }
        return out;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills the server and takes its port the moment it is free: every connection is accepted and
     * dropped at once (as a refused connection would be) until {@link #close}.
     */
    private static final class PortHolder implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread acceptor;

        private PortHolder(ServerSocket socket) {
            this.socket = socket;
            this.acceptor = new Thread(this::dropAll, "port-holder");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static PortHolder take(int port, long pid) throws Exception {
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (true) {
                try {
                    ServerSocket socket = new ServerSocket();
                    socket.setReuseAddress(true);
                    socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 50);
                    return new PortHolder(socket);
                } catch (IOException stillHeld) {
                    assertThat(System.nanoTime()).as("port %s free within 5 s of the kill", port).isLessThan(deadline);
                    Thread.sleep(5);
                }
            }
        }

        private void dropAll() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    connection.setSoLinger(true, 0);
                } catch (IOException e) {
                    // closed: the port is handed back
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
