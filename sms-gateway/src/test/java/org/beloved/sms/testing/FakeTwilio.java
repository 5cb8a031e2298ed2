package org.beloved.sms.testing;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FilterOutputStream;
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
    /** While set, the answers of accepted create-message calls wait ({@link #holdAnswers}); the callers' ports of those waiting. */
    private final AtomicReference<CountDownLatch> holding = new AtomicReference<>();
    private final List<Integer> heldCallers = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger sids = new AtomicInteger();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.ACCEPT);

    private FakeTwilio(HttpServer server) {
        this.server = server;
    }

    public static FakeTwilio start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeTwilio fake = new FakeTwilio(server);
            server.createContext("/", fake::handle).getFilters().add(fake.new HoldAnswers());
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

    /**
     * From now on, create-message calls are accepted as usual (recorded, as Twilio has taken them)
     * but their answers stop after the status line until {@link #releaseAnswers()}: the caller never
     * learns the message's sid. The window between Twilio's acceptance and the sender recording it,
     * where a crash leaves a message sent that the sender does not know about.
     */
    public void holdAnswers() {
        holding.compareAndSet(null, new CountDownLatch(1));
    }

    /** The client ports (on 127.0.0.1) of the accepted calls whose answers are held now: which process sent them. */
    public List<Integer> heldCallerPorts() {
        return List.copyOf(heldCallers);
    }

    /** Lets the held answers go (a caller that is gone gets nothing) and stops holding. */
    public void releaseAnswers() {
        CountDownLatch latch = holding.getAndSet(null);
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Holds the body of a 201 answer while {@link #holdAnswers} is on. */
    private final class HoldAnswers extends Filter {

        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
            exchange.setStreams(null, new FilterOutputStream(exchange.getResponseBody()) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    waitIfHeld(exchange);
                    out.write(bytes, offset, length);
                }
            });
            chain.doFilter(exchange);
        }

        @Override
        public String description() {
            return "holds accepted create-message answers";
        }
    }

    private void waitIfHeld(HttpExchange exchange) {
        CountDownLatch latch = holding.get();
        if (latch == null || exchange.getResponseCode() != 201) {
            return;
        }
        Integer caller = exchange.getRemoteAddress().getPort();
        heldCallers.add(caller);
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heldCallers.remove(caller);
        }
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void reset(Mode next) {
        received.clear();
        mode.set(next);
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
            case ACCEPT -> answer(exchange, 201, """
                    {"sid": "SM%032d", "status": "queued", "body": "", "num_segments": "1"}
                    """.formatted(sids.incrementAndGet()));
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
