package org.beloved.sms.testing;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * A local stand-in for Twilio's REST API: records every request and answers create-message calls
 * the way Twilio does (201 and the message as JSON), or with a chosen error. It keeps the messages
 * it accepted and answers the message list ({@code GET .../Messages.json} with {@code To} and
 * {@code DateSent>}, day-granular as Twilio's, newest first, in Twilio's page shape) from them;
 * messages it keeps queued ({@link #keepQueued}) have no date_sent and no DateSent filter finds them.
 */
public final class FakeTwilio implements AutoCloseable {

    /** @param form the form fields of a POST, the query parameters of a GET */
    public record Received(String method, String path, String authorization, Map<String, String> form,
            java.time.Instant at) {

        /** Whether this is a create-message call (a text sent, or attempted). */
        public boolean isCreate() {
            return "POST".equals(method) && path.endsWith("/Messages.json");
        }
    }

    /**
     * A message Twilio took: it is in the message list from then on.
     *
     * @param queued taken but not sent yet: no date_sent, so a DateSent filter leaves it out
     */
    public record Accepted(String sid, String to, String from, String body, String statusCallback, Instant at,
            boolean queued) {
    }

    /**
     * How the next create-message calls are answered. ACCEPT_THEN_DROP takes the message (it is in
     * the list, as if sent) and then drops the connection without an answer: the caller cannot tell.
     * ACCEPT_THEN_HOLD takes it and holds the answer until {@link #releaseHeld()} (at most a minute),
     * so a test can kill the caller between Twilio's acceptance and the caller's record of it.
     */
    public enum Mode {
        ACCEPT, REFUSE_UNSUBSCRIBED, REFUSE_INVALID_NUMBER, SERVICE_UNAVAILABLE, DROP_CONNECTION, ACCEPT_THEN_DROP,
        ACCEPT_THEN_HOLD
    }

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final String LIST_PATH = "/2010-04-01/Accounts/%s/Messages.json";

    private final HttpServer server;
    /** While set, the answers of accepted create-message calls wait ({@link #holdAnswers}); the callers' ports of those waiting. */
    private final AtomicReference<CountDownLatch> holding = new AtomicReference<>();
    private final List<Integer> heldCallers = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger sids = new AtomicInteger();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.ACCEPT);
    private volatile boolean listsFail;
    private volatile boolean keepQueued;
    private final AtomicInteger held = new AtomicInteger();
    private volatile CountDownLatch release = new CountDownLatch(1);

    private FakeTwilio(HttpServer server) {
        this.server = server;
    }

    public static FakeTwilio start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "fake-twilio");
                t.setDaemon(true);
                return t;
            }));
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

    /** The create-message calls received (not message-list reads). */
    public List<Received> created() {
        return received.stream().filter(Received::isCreate).toList();
    }

    /** Every message taken, in order. */
    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** Forgets every request and message, and answers create-message calls as {@code next}; lists work. */
    public void reset(Mode next) {
        releaseHeld();
        received.clear();
        accepted.clear();
        listsFail = false;
        keepQueued = false;
        mode.set(next);
    }

    /** How many create-message calls are held unanswered now (ACCEPT_THEN_HOLD). */
    public int held() {
        return held.get();
    }

    /** Answers every held call (201, as accepted); calls held later wait for the next release. */
    public void releaseHeld() {
        CountDownLatch current = release;
        release = new CountDownLatch(1);
        current.countDown();
    }

    /** Answers the next create-message calls as {@code next}, keeping what was received and accepted. */
    public void answer(Mode next) {
        mode.set(next);
    }

    /** Whether messages taken from now on stay queued (not sent, no date_sent), as under a long Messaging Service queue. */
    public void keepQueued(boolean queued) {
        keepQueued = queued;
    }

    /** Whether message-list reads fail (503), as when Twilio cannot be asked. */
    public void failLists(boolean fail) {
        listsFail = fail;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean get = "GET".equals(exchange.getRequestMethod());
        Map<String, String> fields = form(get ? exchange.getRequestURI().getRawQuery() : body);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), fields, Instant.now()));
        if (get) {
            list(exchange, fields);
            return;
        }
        switch (mode.get()) {
            case DROP_CONNECTION -> exchange.close();
            case ACCEPT_THEN_DROP -> {
                accept(exchange, fields);
                exchange.close();
            }
            case ACCEPT_THEN_HOLD -> {
                Accepted message = accept(exchange, fields);
                hold();
                answer(exchange, 201, """
                        {"sid": "%s", "status": "queued", "body": "", "num_segments": "1"}
                        """.formatted(message.sid()));
            }
            case REFUSE_UNSUBSCRIBED -> answer(exchange, 400, """
                    {"code": 21610, "message": "Attempt to send to unsubscribed recipient", "more_info": "", "status": 400}
                    """);
            case REFUSE_INVALID_NUMBER -> answer(exchange, 400, """
                    {"code": 21211, "message": "The 'To' number %s is not a valid phone number.", "more_info": "", "status": 400}
                    """.formatted(fields.getOrDefault("To", "")));   // Twilio quotes the number
            case SERVICE_UNAVAILABLE -> answer(exchange, 503, """
                    {"code": 20503, "message": "Service unavailable", "more_info": "", "status": 503}
                    """);
            case ACCEPT -> answer(exchange, 201, """
                    {"sid": "%s", "status": "queued", "body": "", "num_segments": "1"}
                    """.formatted(accept(exchange, fields).sid()));
        }
    }

    private void hold() {
        CountDownLatch until = release;
        held.incrementAndGet();
        try {
            until.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.decrementAndGet();
        }
    }

    private Accepted accept(HttpExchange exchange, Map<String, String> form) {
        Accepted message = new Accepted("SM%032d".formatted(sids.incrementAndGet()), form.get("To"),
                form.getOrDefault("From", form.get("MessagingServiceSid")), form.get("Body"), form.get("StatusCallback"),
                Instant.now(), keepQueued);
        accepted.add(message);
        return message;
    }

    /** The message list: To and DateSent> (its day: Twilio filters by whole days), newest first, paged. */
    private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
        if (listsFail) {
            answer(exchange, 503, """
                    {"code": 20503, "message": "Service unavailable", "more_info": "", "status": 503}
                    """);
            return;
        }
        String to = query.get("To");
        LocalDate fromDay = query.containsKey("DateSent>") ? LocalDate.parse(query.get("DateSent>").substring(0, 10)) : null;
        List<Accepted> matching = new ArrayList<>(accepted.stream()
                .filter(m -> to == null || to.equals(m.to()))
                .filter(m -> fromDay == null || !m.queued() && !m.at().atZone(ZoneOffset.UTC).toLocalDate().isBefore(fromDay))
                .toList());
        Collections.reverse(matching);
        int pageSize = Integer.parseInt(query.getOrDefault("PageSize", "50"));
        int page = Integer.parseInt(query.getOrDefault("Page", "0"));
        List<Accepted> records = matching.subList(Math.min(matching.size(), page * pageSize),
                Math.min(matching.size(), (page + 1) * pageSize));
        String account = exchange.getRequestURI().getPath().split("/")[3];
        String uri = LIST_PATH.formatted(account) + "?" + pageQuery(query, pageSize, page);
        String next = (page + 1) * pageSize < matching.size()
                ? quoted(LIST_PATH.formatted(account) + "?" + pageQuery(query, pageSize, page + 1)) : "null";
        String messages = records.stream().map(m -> messageJson(account, m)).collect(Collectors.joining(",\n"));
        answer(exchange, 200, """
                {"messages": [%s], "end": %d, "first_page_uri": %s, "next_page_uri": %s, "page": %d, "page_size": %d,
                 "previous_page_uri": null, "start": %d, "uri": %s}
                """.formatted(messages, page * pageSize + Math.max(0, records.size() - 1),
                quoted(LIST_PATH.formatted(account) + "?" + pageQuery(query, pageSize, 0)), next, page, pageSize,
                page * pageSize, quoted(uri)));
    }

    private static String pageQuery(Map<String, String> query, int pageSize, int page) {
        Map<String, String> params = new LinkedHashMap<>(query);
        params.put("PageSize", String.valueOf(pageSize));
        params.put("Page", String.valueOf(page));
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String messageJson(String account, Accepted m) {
        String date = quoted(RFC_2822.format(m.at()));
        String sent = m.queued() ? "null" : date;
        return """
                {"account_sid": %s, "api_version": "2010-04-01", "body": %s, "date_created": %s, "date_sent": %s,
                 "date_updated": %s, "direction": "outbound-api", "error_code": null, "error_message": null, "from": %s,
                 "messaging_service_sid": null, "num_media": "0", "num_segments": "1", "price": null, "price_unit": "USD",
                 "sid": %s, "status": %s, "subresource_uris": {}, "to": %s, "uri": %s}""".formatted(quoted(account),
                quoted(m.body()), date, sent, date, quoted(m.from()), quoted(m.sid()), quoted(m.queued() ? "queued" : "sent"),
                quoted(m.to()),
                quoted(LIST_PATH.formatted(account).replace(".json", "/" + m.sid() + ".json")));
    }

    private static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
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
        if (body == null) {
            return form;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                form.put(URLDecoder.decode(pair, StandardCharsets.UTF_8), "");
                continue;
            }
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @Override
    public void close() {
        releaseHeld();
        server.stop(0);
    }
}
