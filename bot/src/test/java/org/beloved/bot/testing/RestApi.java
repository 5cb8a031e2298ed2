package org.beloved.bot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord's REST API for FakeDiscord, under {@code /api/v10/}: the routes JDA uses for Beloved,
 * each recorded as a {@link Call}; faults queued by tests answer the next matching calls instead.
 * Unknown routes answer 404 like Discord (and are recorded, so a test can spot them).
 */
final class RestApi {

    static final String PREFIX = "/api/v10";

    private record Answer(int status, String body) {
        static Answer json(DataObject json) {
            return new Answer(200, json.toString());
        }

        static Answer json(DataArray json) {
            return new Answer(200, json.toString());
        }

        static Answer error(int status, int code, String message) {
            return new Answer(status, DataObject.empty().put("code", code).put("message", message).toString());
        }

        static final Answer NO_CONTENT = new Answer(204, "");
    }

    private record Rule(String method, Pattern path, Fault fault) {
    }

    private record Hook(String method, Pattern path, Runnable action) {
    }

    /** An interaction's state: whether and when it was acknowledged, its original response. */
    static final class Tracked {
        final FakeInteraction interaction;
        final String guildId;
        volatile Instant acknowledgedAt;
        volatile int callbackType;
        volatile DataObject original;
        /** For a component interaction: the message the component is on. */
        final DataObject componentMessage;

        Tracked(FakeInteraction interaction, String guildId, DataObject componentMessage) {
            this.interaction = interaction;
            this.guildId = guildId;
            this.componentMessage = componentMessage;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-discord-rest");
        thread.setDaemon(true);
        return thread;
    });
    private final String token;
    private final FakeUser bot;
    private final Supplier<String> gatewayUrl;
    private final Duration acknowledgeWithin;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Rule> faults = new CopyOnWriteArrayList<>();
    private final List<Hook> hooks = new CopyOnWriteArrayList<>();
    /** Whether GET channel messages gives each message's nonce back (Discord's create answer always does). */
    volatile boolean noncesInHistory = true;
    private volatile GlobalRateLimit globalLimit;
    private volatile boolean outage;
    final Map<String, FakeUser> users = new ConcurrentHashMap<>();
    final List<FakeGuild> guilds = new CopyOnWriteArrayList<>();
    final Map<String, Tracked> interactions = new ConcurrentHashMap<>();
    /** DM channel id by user id: Discord answers the same channel each time a DM is opened. */
    final Map<String, String> dmChannels = new ConcurrentHashMap<>();
    final Map<String, DataObject> messages = new ConcurrentHashMap<>();
    /** The message each enforced nonce made, by channel and nonce ({@code enforce_nonce}: a repeat returns it). */
    private final Map<String, String> nonces = new ConcurrentHashMap<>();
    final Map<String, DataObject> scheduledEvents = new ConcurrentHashMap<>();
    /** Command ids by scope ("global" or a guild id) and name: stable across registrations, as Discord keeps them. */
    final Map<String, String> commandIds = new ConcurrentHashMap<>();
    /** Answers of matching calls wait while this is set ({@link #holdAnswers}); the callers' ports of those waiting. */
    private volatile Rule hold;
    private volatile CountDownLatch holdRelease;
    private final List<Integer> held = new CopyOnWriteArrayList<>();

    RestApi(String token, FakeUser bot, Supplier<String> gatewayUrl, Duration acknowledgeWithin) {
        this.token = token;
        this.bot = bot;
        this.gatewayUrl = gatewayUrl;
        this.acknowledgeWithin = acknowledgeWithin;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + "/";
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    void clearCalls() {
        calls.clear();
    }

    /** From now on, successful calls matching {@code method} and {@code pathRegex} are carried out, then their answers wait. */
    void holdAnswers(String method, String pathRegex) {
        holdRelease = new CountDownLatch(1);
        hold = new Rule(method, Pattern.compile(pathRegex), null);
    }

    List<Integer> heldCallerPorts() {
        return List.copyOf(held);
    }

    void releaseAnswers() {
        hold = null;
        CountDownLatch release = holdRelease;
        if (release != null) {
            release.countDown();
        }
    }

    private void waitIfHeld(HttpExchange exchange, String method, String path, int status) {
        Rule rule = hold;
        CountDownLatch release = holdRelease;
        if (rule == null || release == null || status >= 300 || !rule.method().equals(method)
                || !rule.path().matcher(path).matches()) {
            return;
        }
        Integer caller = exchange.getRemoteAddress().getPort();
        held.add(caller);
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.remove(caller);
        }
    }

    /** Discord's global limit from now on: {@code perSecond} requests a second, then 429s with retry_after; 0: none. */
    void enforceGlobalLimit(double perSecond) {
        globalLimit = perSecond > 0 ? new GlobalRateLimit(perSecond) : null;
    }

    /** While on, every call is answered 503 (Discord down behind its proxy), as {@link Fault#serverError} does. */
    void outage(boolean on) {
        outage = on;
    }

    void failNext(String method, String pathRegex, Fault fault) {
        faults.add(new Rule(method, Pattern.compile(pathRegex), fault));
    }

    /** Runs {@code action} when the next matching call arrives, before it is answered. */
    void beforeNext(String method, String pathRegex, Runnable action) {
        hooks.add(new Hook(method, Pattern.compile(pathRegex), action));
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String fullPath = exchange.getRequestURI().getPath();
            String path = fullPath.startsWith(PREFIX) ? fullPath.substring(PREFIX.length()) : fullPath;
            String query = exchange.getRequestURI().getRawQuery();
            String body = body(exchange);
            runHook(method, path);
            Rule rule = outage ? new Rule(method, null, Fault.serverError(503)) : takeFault(method, path);
            GlobalRateLimit limit = globalLimit;
            if (rule == null && limit != null && !path.startsWith("/interactions/") && !path.startsWith("/webhooks/")) {
                rule = limit.take().map(wait -> new Rule(method, null, Fault.globallyRateLimited(wait))).orElse(null);
            }
            if (rule != null && rule.fault().carriedOut()) {
                route(method, path, query, body);
            }
            if (rule != null && rule.fault().dropsConnection()) {
                record(method, path, query, body, 0, "");
                // Promise a body, then close: the caller reads a truncated answer, as when a connection dies.
                exchange.sendResponseHeaders(200, 1024);
                exchange.getResponseBody().flush();
                return;
            }
            Answer answer = rule != null ? new Answer(rule.fault().status(), rule.fault().body())
                    : !authorized(exchange, path) ? Answer.error(401, 0, "401: Unauthorized")
                    : route(method, path, query, body);
            record(method, path, query, body, answer.status(), answer.body());
            exchange.getResponseHeaders().add("Via", "1.1 google");
            if (rule != null) {
                rule.fault().headers().forEach(exchange.getResponseHeaders()::add);
            }
            waitIfHeld(exchange, method, path, answer.status());
            if (answer.status() == 204) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (RuntimeException e) {
            // A bug in the fake must show in the test, not vanish into the HTTP server's thread.
            record(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), null, "", 500, e.toString());
            throw e;
        }
    }

    private void record(String method, String path, String query, String body, int status, String response) {
        calls.add(new Call(method, path, query == null ? "" : query, body, status, response, Instant.now()));
    }

    private void runHook(String method, String path) {
        for (Hook hook : hooks) {
            if (hook.method().equals(method) && hook.path().matcher(path).matches() && hooks.remove(hook)) {
                hook.action().run();
                return;
            }
        }
    }

    private Rule takeFault(String method, String path) {
        for (Rule rule : faults) {
            if (rule.method().equals(method) && rule.path().matcher(path).matches() && faults.remove(rule)) {
                return rule;
            }
        }
        return null;
    }

    /** Interaction callbacks and webhook routes are authorized by their token; everything else by the bot token. */
    private boolean authorized(HttpExchange exchange, String path) {
        if (path.startsWith("/interactions/") || path.startsWith("/webhooks/")) {
            return true;
        }
        return ("Bot " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    /** The JSON of the request; of a multipart request, its {@code payload_json} part. */
    private static String body(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("multipart/form-data")) {
            return raw;
        }
        Matcher part = Pattern.compile("name=\"payload_json\"[^\\n]*\\n(?:[^\\n]+\\n)*\\r?\\n(.*?)\\r?\\n--", Pattern.DOTALL)
                .matcher(raw);
        return part.find() ? part.group(1) : raw;
    }

    private Answer route(String method, String path, String query, String body) {
        String[] p = path.length() > 1 ? path.substring(1).split("/") : new String[] {""};
        String route = method + " " + template(p);
        return switch (route) {
            case "GET /gateway", "GET /gateway/bot" -> Answer.json(DataObject.empty().put("url", gatewayUrl.get())
                    .put("shards", 1).put("session_start_limit", DataObject.empty().put("total", 1000)
                            .put("remaining", 1000).put("reset_after", 0).put("max_concurrency", 1)));
            case "GET /users/@me" -> Answer.json(Payloads.user(bot));
            case "GET /applications/@me", "GET /oauth2/applications/@me" -> Answer.json(DataObject.empty()
                    .put("id", bot.id()).put("name", bot.username()).put("description", "").put("icon", null)
                    .put("bot_public", true).put("bot_require_code_grant", false).put("flags", 0));
            case "GET /users/{id}" -> user(p[1]);
            case "POST /users/@me/channels" -> openDirectMessage(DataObject.fromJson(body).getString("recipient_id", ""));
            case "POST /channels/{id}/messages" -> postMessage(p[1], DataObject.fromJson(body));
            case "GET /channels/{id}/messages" -> channelMessages(p[1], query);
            case "PATCH /channels/{id}/messages/{id}" -> editMessage(p[3], DataObject.fromJson(body));
            case "GET /channels/{id}/messages/{id}" -> stored(messages.get(p[3]), 10008, "Unknown Message");
            case "DELETE /channels/{id}/messages/{id}" -> messages.remove(p[3]) != null ? Answer.NO_CONTENT
                    : Answer.error(404, 10008, "Unknown Message");
            case "PUT /applications/{id}/commands" -> registerCommands("global", null, DataArray.fromJson(body));
            case "PUT /applications/{id}/guilds/{id}/commands" -> registerCommands(p[3], p[3], DataArray.fromJson(body));
            case "POST /interactions/{id}/{token}/callback" -> callback(p[1], p[2], DataObject.fromJson(body));
            case "PATCH /webhooks/{id}/{token}/messages/@original" -> editOriginal(p[2], DataObject.fromJson(body));
            case "GET /webhooks/{id}/{token}/messages/@original" -> original(p[2]);
            case "DELETE /webhooks/{id}/{token}/messages/@original" -> deleteOriginal(p[2]);
            case "POST /webhooks/{id}/{token}" -> followUp(p[2], DataObject.fromJson(body));
            case "POST /guilds/{id}/scheduled-events" -> createEvent(p[1], DataObject.fromJson(body));
            case "PATCH /guilds/{id}/scheduled-events/{id}" -> editEvent(p[3], DataObject.fromJson(body));
            case "GET /guilds/{id}/scheduled-events/{id}" -> stored(scheduledEvents.get(p[3]), 10070,
                    "Unknown Guild Scheduled Event");
            case "GET /guilds/{id}/scheduled-events" -> Answer.json(DataArray.fromCollection(scheduledEvents.values()
                    .stream().filter(e -> e.getString("guild_id").equals(p[1])).toList()));
            case "DELETE /guilds/{id}/scheduled-events/{id}" -> scheduledEvents.remove(p[3]) != null ? Answer.NO_CONTENT
                    : Answer.error(404, 10070, "Unknown Guild Scheduled Event");
            default -> Answer.error(404, 0, "404: Not Found");
        };
    }

    /** {@code /channels/123/messages} as {@code /channels/{id}/messages}; interaction tokens as {@code {token}}. */
    private static String template(String[] segments) {
        StringBuilder template = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean token = i == 2 && (segments[0].equals("interactions") || segments[0].equals("webhooks"));
            template.append('/').append(token ? "{token}" : segments[i].matches("\\d+") ? "{id}" : segments[i]);
        }
        return template.toString();
    }

    private Answer user(String id) {
        FakeUser user = id.equals(bot.id()) ? bot : users.get(id);
        return user == null ? Answer.error(404, 10013, "Unknown User") : Answer.json(Payloads.user(user));
    }

    private Answer openDirectMessage(String userId) {
        FakeUser user = users.get(userId);
        if (user == null) {
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        return Answer.json(Payloads.dmChannel(dmChannel(userId), user));
    }

    String dmChannel(String userId) {
        return dmChannels.computeIfAbsent(userId, u -> Snowflakes.next());
    }

    /**
     * A new message, or, for a nonce already used in the channel with {@code enforce_nonce}, the
     * message that nonce made (Discord keeps nonces a few minutes; the fake for its whole life).
     */
    private Answer postMessage(String channelId, DataObject sent) {
        String guildId = guildOfChannel(channelId);
        if (guildId == null && !dmChannels.containsValue(channelId)) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        String nonce = sent.opt("nonce").map(Object::toString).orElse(null);
        if (nonce == null || !sent.getBoolean("enforce_nonce", false)) {
            return Answer.json(store(Payloads.message(Snowflakes.next(), channelId, guildId, bot, sent)));
        }
        String id = nonces.computeIfAbsent(channelId + "/" + nonce,
                key -> store(Payloads.message(Snowflakes.next(), channelId, guildId, bot, sent)).getString("id"));
        return Answer.json(messages.get(id));
    }

    private DataObject store(DataObject message) {
        messages.put(message.getString("id"), message);
        return message;
    }

    private boolean knownChannel(String channelId) {
        return guildOfChannel(channelId) != null || dmChannels.containsValue(channelId);
    }

    /**
     * {@code GET /channels/{id}/messages} with {@code limit} (default 50, at most 100) and {@code after}
     * or {@code before}: the messages nearest that id on its side (newest without either), newest first.
     */
    private Answer channelMessages(String channelId, String query) {
        if (!knownChannel(channelId)) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        Map<String, String> params = new java.util.HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int limit = Math.min(100, Math.max(1, Integer.parseInt(params.getOrDefault("limit", "50"))));
        java.util.Comparator<DataObject> byId = java.util.Comparator.comparing(m -> Long.parseUnsignedLong(m.getString("id")),
                Long::compareUnsigned);
        List<DataObject> inChannel = messages.values().stream().filter(m -> m.getString("channel_id").equals(channelId))
                .sorted(byId).toList();
        List<DataObject> page;
        if (params.containsKey("after")) {
            long after = Long.parseUnsignedLong(params.get("after"));
            page = inChannel.stream().filter(m -> Long.compareUnsigned(Long.parseUnsignedLong(m.getString("id")), after) > 0)
                    .limit(limit).toList();
        } else {
            long before = params.containsKey("before") ? Long.parseUnsignedLong(params.get("before")) : -1L;
            List<DataObject> older = inChannel.stream()
                    .filter(m -> Long.compareUnsigned(Long.parseUnsignedLong(m.getString("id")), before) < 0).toList();
            page = older.subList(Math.max(0, older.size() - limit), older.size());
        }
        DataArray answer = DataArray.empty();
        for (int i = page.size() - 1; i >= 0; i--) {
            DataObject message = DataObject.fromJson(page.get(i).toString());
            if (!noncesInHistory) {
                message.remove("nonce");
            }
            answer.add(message);
        }
        return Answer.json(answer);
    }

    private Answer editMessage(String messageId, DataObject edit) {
        DataObject message = messages.get(messageId);
        if (message == null) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        return Answer.json(Payloads.edit(message, edit));
    }

    private String guildOfChannel(String channelId) {
        return guilds.stream().filter(g -> g.channelId().equals(channelId)).map(FakeGuild::id).findFirst().orElse(null);
    }

    private Answer registerCommands(String scope, String guildId, DataArray commands) {
        DataArray registered = DataArray.empty();
        for (int i = 0; i < commands.length(); i++) {
            DataObject command = commands.getObject(i);
            String id = commandIds.computeIfAbsent(scope + "/" + command.getString("name"), k -> Snowflakes.next());
            command.put("id", id).put("application_id", bot.id()).put("version", id);
            if (guildId != null) {
                command.put("guild_id", guildId);
            }
            registered.add(command);
        }
        return Answer.json(registered);
    }

    /**
     * The interaction's acknowledgement: once, within the time Discord allows, otherwise the errors
     * Discord gives (10062 Unknown interaction, 40060 already acknowledged).
     */
    private Answer callback(String interactionId, String token, DataObject callback) {
        Tracked tracked = interactions.get(interactionId);
        if (tracked == null || !tracked.interaction.token().equals(token)
                || Instant.now().isAfter(tracked.interaction.dispatchedAt().plus(acknowledgeWithin))) {
            return Answer.error(404, 10062, "Unknown interaction");
        }
        synchronized (tracked) {
            if (tracked.acknowledgedAt != null) {
                return Answer.error(400, 40060, "Interaction has already been acknowledged.");
            }
            tracked.acknowledgedAt = Instant.now();
            tracked.callbackType = callback.getInt("type");
            DataObject data = callback.optObject("data").orElseGet(DataObject::empty);
            if (tracked.callbackType == 4 || tracked.callbackType == 5) {
                tracked.original = Payloads.message(Snowflakes.next(), tracked.interaction.channelId(), tracked.guildId,
                        bot, data);
            } else if ((tracked.callbackType == 6 || tracked.callbackType == 7) && tracked.componentMessage != null) {
                // a component's (deferred) update edits the message the component is on
                tracked.original = Payloads.edit(tracked.componentMessage, data);
            }
        }
        return Answer.NO_CONTENT;
    }

    private Tracked byToken(String token) {
        return interactions.values().stream().filter(t -> t.interaction.token().equals(token)).findFirst().orElse(null);
    }

    private Answer editOriginal(String token, DataObject edit) {
        Tracked tracked = byToken(token);
        if (tracked == null) {
            return Answer.error(404, 10015, "Unknown Webhook");
        }
        if (tracked.original == null) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        return Answer.json(Payloads.edit(tracked.original, edit));
    }

    private Answer original(String token) {
        Tracked tracked = byToken(token);
        return tracked == null ? Answer.error(404, 10015, "Unknown Webhook") : stored(tracked.original, 10008, "Unknown Message");
    }

    /** The original response is gone; its token still takes followups. */
    private Answer deleteOriginal(String token) {
        Tracked tracked = byToken(token);
        if (tracked == null) {
            return Answer.error(404, 10015, "Unknown Webhook");
        }
        if (tracked.original == null) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        tracked.original = null;
        return Answer.NO_CONTENT;
    }

    private Answer followUp(String token, DataObject sent) {
        Tracked tracked = byToken(token);
        if (tracked == null) {
            return Answer.error(404, 10015, "Unknown Webhook");
        }
        if (tracked.acknowledgedAt == null) {
            return Answer.error(400, 40060, "Interaction has not been acknowledged.");
        }
        return Answer.json(Payloads.message(Snowflakes.next(), tracked.interaction.channelId(), tracked.guildId, bot, sent));
    }

    private Answer createEvent(String guildId, DataObject event) {
        if (guilds.stream().noneMatch(g -> g.id().equals(guildId))) {
            return Answer.error(404, 10004, "Unknown Guild");
        }
        event.put("id", Snowflakes.next()).put("guild_id", guildId).put("creator_id", bot.id())
                .put("creator", Payloads.user(bot)).put("status", 1).put("user_count", 0);
        if (!event.hasKey("channel_id")) {
            event.put("channel_id", null);
        }
        scheduledEvents.put(event.getString("id"), event);
        return Answer.json(event);
    }

    private Answer editEvent(String eventId, DataObject edit) {
        DataObject event = scheduledEvents.get(eventId);
        if (event == null) {
            return Answer.error(404, 10070, "Unknown Guild Scheduled Event");
        }
        // JDA sends "channel_id": null whenever it sets a text location: a null is a value to keep, not a missing one
        edit.keys().forEach(key -> {
            if (edit.isNull(key)) {
                event.putNull(key);
            } else {
                event.put(key, edit.get(key));
            }
        });
        return Answer.json(event);
    }

    private static Answer stored(DataObject json, int code, String message) {
        return json == null ? Answer.error(404, code, message) : Answer.json(json);
    }
}
