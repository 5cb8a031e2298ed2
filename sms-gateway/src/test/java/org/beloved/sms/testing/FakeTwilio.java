package org.beloved.sms.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local stand-in for Twilio's REST API: records every request and answers create-message calls
 * the way Twilio does (201 and the message as JSON), or with a chosen error.
 */
public final class FakeTwilio implements AutoCloseable {

    public record Received(String method, String path, String authorization, Map<String, String> form,
            java.time.Instant at) {
    }

    /** How the next create-message calls are answered. */
    public enum Mode { ACCEPT, REFUSE_UNSUBSCRIBED, REFUSE_INVALID_NUMBER, SERVICE_UNAVAILABLE, DROP_CONNECTION }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger sids = new AtomicInteger();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.ACCEPT);
    private final AtomicReference<CountDownLatch> hold = new AtomicReference<>();
    /** The callers' ports of the accepted calls whose answers are held now. */
    private final List<Integer> held = new CopyOnWriteArrayList<>();

    private FakeTwilio(HttpServer server) {
        this.server = server;
    }

    public static FakeTwilio start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeTwilio fake = new FakeTwilio(server);
            server.createContext("/", fake::handle);
            // One thread per request, as Twilio serves callers concurrently (and a held answer holds only its own).
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "fake-twilio");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void reset(Mode next) {
        received.clear();
        mode.set(next);
    }

    /**
     * From now on, create-message calls are accepted (recorded, as Twilio would have taken them) but
     * their answers wait until {@link #releaseAnswers()}: the window between Twilio's acceptance and
     * the caller learning of it, where a crash leaves a sent message that the sender never recorded.
     */
    public void holdAnswers() {
        hold.compareAndSet(null, new CountDownLatch(1));
    }

    /** How many accepted calls are waiting for their answer now. */
    public int heldAnswers() {
        return held.size();
    }

    /** The client ports (on 127.0.0.1) of the calls held now: which process sent them, for a test that kills it. */
    public List<Integer> heldCallerPorts() {
        return List.copyOf(held);
    }

    /** Answers the held calls (those whose caller is gone get nothing) and stops holding. */
    public void releaseAnswers() {
        CountDownLatch latch = hold.getAndSet(null);
        if (latch != null) {
            latch.countDown();
        }
    }

    private void waitIfHeld(HttpExchange exchange) {
        CountDownLatch latch = hold.get();
        if (latch == null || !exchange.getRequestMethod().equals("POST")) {
            return;
        }
        Integer caller = exchange.getRemoteAddress().getPort();
        held.add(caller);
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.remove(caller);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), form(body), java.time.Instant.now()));
        switch (mode.get()) {
            case DROP_CONNECTION -> exchange.close();
            case REFUSE_UNSUBSCRIBED -> answer(exchange, 400, """
                    {"code": 21610, "message": "Attempt to send to unsubscribed recipient", "more_info": "", "status": 400}
                    """);
            case REFUSE_INVALID_NUMBER -> answer(exchange, 400, """
                    {"code": 21211, "message": "The 'To' number is not a valid phone number.", "more_info": "", "status": 400}
                    """);
            case SERVICE_UNAVAILABLE -> answer(exchange, 503, """
                    {"code": 20503, "message": "Service unavailable", "more_info": "", "status": 503}
                    """);
            case ACCEPT -> {
                String sid = "SM%032d".formatted(sids.incrementAndGet());
                waitIfHeld(exchange);
                answer(exchange, 201, """
                        {"sid": "%s", "status": "queued", "body": "", "num_segments": "1"}
                        """.formatted(sid));
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
