package org.beloved.bot.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A local Discord for tests: the REST API (under {@link #apiBaseUrl()}, which is what
 * {@code beloved.discord.api-base-url} points at) and the gateway ({@code GET /gateway/bot} names
 * it), both on 127.0.0.1, speaking to real JDA as Discord does in production (zlib-stream
 * compressed gateway). It starts with one server ({@link #guild()}: a text channel, an
 * {@code Organizer} role, an owner) and the bot, whose token is {@link #token()}.
 *
 * <p>Tests dispatch interactions and direct messages as Discord would and assert on the recorded
 * REST {@link #calls()}; {@link #failNext} makes the next matching calls fail (429, 50007, 40003,
 * 5xx) and {@link #dropConnection()} cuts the gateway so that JDA resumes (also on the next matching
 * call: {@link #dropConnectionOnNext}). A message posted with a {@code nonce} and
 * {@code enforce_nonce} is made once per channel and nonce, later posts get the same message back;
 * {@code GET /channels/{id}/messages} (with {@code limit}, {@code after}, {@code before}) lists them. Interactions must be
 * acknowledged within {@link #ACKNOWLEDGE_WITHIN}, as on Discord: a late callback gets 10062, and
 * {@link #assertEveryInteractionAcknowledged()} fails for an interaction that got none.
 *
 * <p>Another module uses it through bot's test jar ({@code <type>test-jar</type>}, test scope) and
 * declares {@code org.java-websocket:Java-WebSocket} test-scoped too: test dependencies are not
 * transitive.
 */
public final class FakeDiscord implements AutoCloseable {

    /** Discord's limit for the first response to an interaction. */
    public static final Duration ACKNOWLEDGE_WITHIN = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(10);

    private final FakeUser bot = new FakeUser(Snowflakes.next(), "Beloved", true);
    private final String token = Base64.getEncoder().encodeToString(bot.id().getBytes(StandardCharsets.US_ASCII))
            + ".fake.token-" + Snowflakes.next();
    private final FakeGateway gateway;
    private final RestApi rest;
    private final FakeGuild guild;

    private FakeDiscord() {
        gateway = new FakeGateway(token, this::ready, this::guildCreates);
        gateway.startAndWait();
        rest = new RestApi(token, bot, gateway::url, ACKNOWLEDGE_WITHIN);
        guild = addGuild("Beloved test server");
    }

    public static FakeDiscord start() {
        return new FakeDiscord();
    }

    /** For {@code beloved.discord.api-base-url}: {@code http://127.0.0.1:PORT/api/v10/}. */
    public String apiBaseUrl() {
        return rest.baseUrl();
    }

    /** For {@code beloved.discord.token}: its first segment is the bot id in base64, as JDA expects. */
    public String token() {
        return token;
    }

    public FakeUser bot() {
        return bot;
    }

    /** The server the fake starts with. */
    public FakeGuild guild() {
        return guild;
    }

    /** Another server; add it before JDA connects (it is announced in GUILD_CREATE). */
    public FakeGuild addGuild(String name) {
        FakeGuild added = new FakeGuild(Snowflakes.next(), name, Snowflakes.next(), Snowflakes.next(), Snowflakes.next(),
                addUser(name + " owner"));
        rest.guilds.add(added);
        return added;
    }

    /** A user Discord knows: {@code GET /users/{id}} finds them and DMs to them can be opened. */
    public FakeUser addUser(String username) {
        FakeUser user = new FakeUser(Snowflakes.next(), username, false);
        rest.users.put(user.id(), user);
        return user;
    }

    // ---- the gateway

    private DataObject ready(FakeGateway.Session session) {
        DataArray guilds = DataArray.empty();
        guildsOf(session).forEach(g -> guilds.add(DataObject.empty().put("id", g.id()).put("unavailable", true)));
        return DataObject.empty().put("v", 10).put("user", Payloads.user(bot).put("verified", true).put("mfa_enabled", false)
                        .put("flags", 0))
                .put("session_id", session.id).put("session_type", "normal").put("resume_gateway_url", gateway.url())
                .put("shard", DataArray.empty().add(session.shard).add(session.shards))
                .put("application", DataObject.empty().put("id", bot.id()).put("flags", 0))
                .put("guilds", guilds).put("private_channels", DataArray.empty()).put("relationships", DataArray.empty())
                .put("presences", DataArray.empty()).put("geo_ordered_rtc_regions", DataArray.empty());
    }

    private List<DataObject> guildCreates(FakeGateway.Session session) {
        return guildsOf(session).stream().map(g -> Payloads.guildCreate(g, bot)).toList();
    }

    private List<FakeGuild> guildsOf(FakeGateway.Session session) {
        return rest.guilds.stream().filter(g -> FakeGateway.shardOf(g.id(), session.shards) == session.shard).toList();
    }

    /** Waits until JDA has identified and holds an open gateway connection. */
    public void awaitConnected(Duration within) {
        await(gateway::connected, within, "JDA did not connect to the fake gateway");
    }

    /** Whether a client holds an open gateway connection now. */
    public boolean connected() {
        return gateway.connected();
    }

    /** Whether JDA holds an open gateway connection at this moment (the same as {@link #connected()}). */
    public boolean connectedNow() {
        return connected();
    }

    /** The query strings JDA opened the gateway with, e.g. {@code /?encoding=json&v=10&compress=zlib-stream}. */
    public List<String> gatewayQueries() {
        return gateway.queries();
    }

    public int identifies() {
        return gateway.identifies();
    }

    /**
     * IDENTIFYs for a shard while another connection of that shard was still open: two clients
     * holding the same bot's gateway at once (two instances each answering every event).
     */
    public int overlappingIdentifies() {
        return gateway.overlappingIdentifies();
    }

    /** Discord down: while on, every REST call (the login's {@code GET /gateway/bot} too) is answered 503. */
    public void outage(boolean on) {
        rest.outage(on);
    }

    public int resumes() {
        return gateway.resumes();
    }

    public int heartbeats() {
        return gateway.heartbeats();
    }

    /** Cuts every gateway connection without a close frame; the sessions stay resumable. */
    public void dropConnection() {
        gateway.dropConnections();
    }

    // ---- dispatching what users do

    /** A slash command, as {@code INTERACTION_CREATE} type 2, with the registered command's id when there is one. */
    public FakeInteraction slashCommand(Actor actor, String name, Option... options) {
        return dispatch(actor, 2, "/" + name, commandData(actor, name, options), null);
    }

    /** Autocomplete (type 4): give the option being typed with {@link Option#focused}. */
    public FakeInteraction autocomplete(Actor actor, String name, Option... options) {
        return dispatch(actor, 4, "autocomplete /" + name, commandData(actor, name, options), null);
    }

    /**
     * A click on a button (type 3) of the message {@code messageId}: one the fake recorded (a message
     * the bot posted or an interaction's original response), or an ephemeral one it never saw.
     */
    public FakeInteraction button(Actor actor, String customId, String messageId) {
        DataObject message = messageId == null ? null : rest.messages.get(messageId);
        if (message == null) {
            message = rest.interactions.values().stream().map(t -> t.original)
                    .filter(m -> m != null && m.getString("id").equals(messageId)).findFirst().orElse(null);
        }
        DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 2);
        return dispatch(actor, 3, "button " + customId, data, message != null ? message : ephemeral(actor, messageId));
    }

    /** An ephemeral message of the bot's the fake never saw, whole as Discord sends it: JDA reads the channel_id of the original it edits. */
    private DataObject ephemeral(Actor actor, String messageId) {
        String channelId = actor.inGuild() ? actor.guild().channelId() : rest.dmChannel(actor.user().id());
        return Payloads.message(messageId == null ? Snowflakes.next() : messageId, channelId,
                actor.inGuild() ? actor.guild().id() : null, bot, DataObject.empty().put("flags", 64));
    }

    /** A modal submitted (type 5): each value is a text input inside a label, as Discord sends them now. */
    public FakeInteraction modalSubmit(Actor actor, String modalId, Map<String, String> values) {
        DataArray components = DataArray.empty();
        int uniqueId = 1;
        for (Map.Entry<String, String> value : values.entrySet()) {
            DataObject input = DataObject.empty().put("type", 4).put("id", uniqueId + 1)
                    .put("custom_id", value.getKey()).put("value", value.getValue());
            components.add(DataObject.empty().put("type", 18).put("id", uniqueId).put("component", input));
            uniqueId += 2;
        }
        DataObject data = DataObject.empty().put("custom_id", modalId).put("components", components);
        return dispatch(actor, 5, "modal " + modalId, data, null);
    }

    /** A user writes to the bot in a direct message; returns the message id. Discord sends it only to bots with the DIRECT_MESSAGES intent. */
    public String directMessage(FakeUser from, String content) {
        return directMessage(from, content, Snowflakes.next());
    }

    /**
     * The message {@code id} (again: Discord delivers a message more than once when a RESUME replays
     * it or while another client takes the gateway over); returns {@code id}.
     */
    public String directMessage(FakeUser from, String content, String id) {
        FakeGateway.Session session = gateway.sessionFor(null);
        if (!session.receivesDirectMessages()) {
            return id;
        }
        DataObject message = Payloads.message(id, rest.dmChannel(from.id()), null, from,
                DataObject.empty().put("content", content));
        rest.messages.put(id, message);   // in the channel's history too
        gateway.dispatch(session, "MESSAGE_CREATE", message);
        return id;
    }

    /** Any other gateway event, e.g. {@code GUILD_SCHEDULED_EVENT_USER_ADD}, on the shard of {@code guildId} (null: shard 0). */
    public void dispatchEvent(String guildId, String type, DataObject data) {
        gateway.dispatch(gateway.sessionFor(guildId), type, data);
    }

    /** The DM channel Discord gives the bot and this user (the same one every time). */
    public String directMessageChannel(FakeUser user) {
        return rest.dmChannel(user.id());
    }

    private DataObject commandData(Actor actor, String name, Option... options) {
        String commandId = rest.commandIds.getOrDefault(actor.inGuild() ? actor.guild().id() + "/" + name : "global/" + name,
                rest.commandIds.getOrDefault("global/" + name, Snowflakes.next()));
        DataObject data = DataObject.empty().put("id", commandId).put("name", name).put("type", 1)
                .put("options", Option.array(List.of(options)));
        if (actor.inGuild()) {
            data.put("guild_id", actor.guild().id());
            DataObject roles = resolvedRoles(actor.guild(), List.of(options), DataObject.empty());
            if (!roles.keys().isEmpty()) {
                data.put("resolved", DataObject.empty().put("roles", roles));
            }
        }
        return data;
    }

    /** The server's roles that role options name (in subcommands too), as Discord resolves them. */
    private static DataObject resolvedRoles(FakeGuild guild, List<Option> options, DataObject roles) {
        for (Option option : options) {
            if (option.type() == 8) {
                String id = option.value().toString();
                boolean botRole = id.equals(guild.botRoleId());   // managed, as Discord marks a bot's own role
                String name = id.equals(guild.organizerRoleId()) ? "Organizer" : id.equals(guild.everyoneRoleId()) ? "@everyone"
                        : botRole ? "Beloved" : "role";
                roles.put(id, Payloads.role(id, name, 0, botRole ? 1 : 2, botRole));
            }
            resolvedRoles(guild, option.options(), roles);
        }
        return roles;
    }

    private FakeInteraction dispatch(Actor actor, int type, String what, DataObject data, DataObject componentMessage) {
        String channelId = actor.inGuild() ? actor.guild().channelId() : rest.dmChannel(actor.user().id());
        FakeInteraction interaction = new FakeInteraction(Snowflakes.next(), "fake-interaction-token-" + Snowflakes.next(),
                what, channelId, Instant.now());
        DataObject json = Payloads.interaction(interaction, type, data, actor, bot.id(), channelId);
        if (componentMessage != null) {
            json.put("message", componentMessage);
        }
        rest.interactions.put(interaction.id(), new RestApi.Tracked(interaction,
                actor.inGuild() ? actor.guild().id() : null, componentMessage));
        gateway.dispatch(gateway.sessionFor(actor.inGuild() ? actor.guild().id() : null), "INTERACTION_CREATE", json);
        return interaction;
    }

    // ---- what the bot did

    /** Every REST call so far, in order. */
    public List<Call> calls() {
        return rest.calls();
    }

    public List<Call> calls(String method, String pathRegex) {
        return rest.calls().stream().filter(c -> c.is(method, pathRegex)).toList();
    }

    /** Forgets the calls recorded so far (faults and state stay). */
    public void clearCalls() {
        rest.clearCalls();
    }

    /**
     * From now on, calls matching {@code method} and {@code pathRegex} (e.g. {@code /channels/\\d+/messages})
     * are carried out as usual (the message is made), but their answers wait until
     * {@link #releaseAnswers()}: the window between Discord's acceptance and the caller learning of it.
     */
    public void holdAnswers(String method, String pathRegex) {
        rest.holdAnswers(method, pathRegex);
    }

    /** The client ports (on 127.0.0.1) of the calls whose answers are held now: which process sent them. */
    public List<Integer> heldCallerPorts() {
        return rest.heldCallerPorts();
    }

    /** Answers the held calls (a caller that is gone gets nothing) and stops holding. */
    public void releaseAnswers() {
        rest.releaseAnswers();
    }

    /** Waits for the first call matching {@code what}; fails with every call seen when none comes in time. */
    public Call awaitCall(Predicate<Call> what, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            for (Call call : rest.calls()) {
                if (what.test(call)) {
                    return call;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No matching call to the fake Discord within " + within + "; calls:\n"
                        + rest.calls().stream().map(Call::toString).collect(Collectors.joining("\n")));
            }
            pause();
        }
    }

    public Call awaitCall(String method, String pathRegex, Duration within) {
        return awaitCall(c -> c.is(method, pathRegex), within);
    }

    /** The interaction's callback ({@code POST /interactions/{id}/{token}/callback}). */
    public Call awaitCallback(FakeInteraction interaction, Duration within) {
        return awaitCall("POST", "/interactions/" + interaction.id() + "/.*/callback", within);
    }

    /** The first edit of the interaction's original response. */
    public Call awaitOriginalEdit(FakeInteraction interaction, Duration within) {
        return awaitCall(c -> c.is("PATCH", "/webhooks/" + bot.id() + "/.*/messages/@original")
                && c.path().contains("/" + interaction.token() + "/"), within);
    }

    /** The interaction's follow-up messages so far ({@code POST /webhooks/{app}/{token}}). */
    public List<Call> followUps(FakeInteraction interaction) {
        return calls("POST", "/webhooks/" + bot.id() + "/" + interaction.token());
    }

    /** The interactions dispatched so far that got no accepted callback within {@code limit} of their dispatch. */
    public List<FakeInteraction> unacknowledged(Duration limit) {
        List<FakeInteraction> missing = new ArrayList<>();
        for (RestApi.Tracked tracked : rest.interactions.values()) {
            Instant acknowledged = tracked.acknowledgedAt;
            if (acknowledged == null || acknowledged.isAfter(tracked.interaction.dispatchedAt().plus(limit))) {
                missing.add(tracked.interaction);
            }
        }
        return missing;
    }

    /**
     * Waits until every interaction dispatched so far is acknowledged or past Discord's limit, and
     * fails naming those that were not acknowledged in time: on Discord their users saw "This
     * interaction failed".
     */
    public void assertEveryInteractionAcknowledged() {
        Instant lastDeadline = rest.interactions.values().stream().map(t -> t.interaction.dispatchedAt())
                .max(Instant::compareTo).orElse(Instant.now()).plus(ACKNOWLEDGE_WITHIN);
        while (!unacknowledged(ACKNOWLEDGE_WITHIN).isEmpty() && Instant.now().isBefore(lastDeadline)) {
            pause();
        }
        List<FakeInteraction> missing = unacknowledged(ACKNOWLEDGE_WITHIN);
        if (!missing.isEmpty()) {
            throw new AssertionError("Interactions not acknowledged within " + ACKNOWLEDGE_WITHIN.toSeconds() + " s: "
                    + missing.stream().map(i -> i.what() + " (" + i.id() + ")").collect(Collectors.joining(", ")));
        }
    }

    /** Forgets the interactions dispatched so far, once a test has checked them; their late callbacks get 10062. */
    public void clearInteractions() {
        rest.interactions.clear();
    }

    /** The commands registered so far, by scope: {@code global} or a guild id, as the last PUT left them. */
    public List<String> registeredCommandNames(String scope) {
        String path = scope.equals("global") ? "/applications/" + bot.id() + "/commands"
                : "/applications/" + bot.id() + "/guilds/" + scope + "/commands";
        List<Call> puts = calls("PUT", path);
        if (puts.isEmpty()) {
            return List.of();
        }
        DataArray last = puts.get(puts.size() - 1).jsonArray();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < last.length(); i++) {
            names.add(last.getObject(i).getString("name"));
        }
        return names;
    }

    /** The command payloads the last PUT in {@code scope} ({@code global} or a guild id) sent. */
    public List<DataObject> registeredCommands(String scope) {
        String path = scope.equals("global") ? "/applications/" + bot.id() + "/commands"
                : "/applications/" + bot.id() + "/guilds/" + scope + "/commands";
        List<Call> puts = calls("PUT", path);
        if (puts.isEmpty()) {
            return List.of();
        }
        DataArray last = puts.get(puts.size() - 1).jsonArray();
        List<DataObject> commands = new ArrayList<>();
        for (int i = 0; i < last.length(); i++) {
            commands.add(last.getObject(i));
        }
        return commands;
    }

    /** The id the fake gave the command {@code name} in {@code scope} ({@code global} or a guild id), if registered. */
    public String registeredCommandId(String scope, String name) {
        return rest.commandIds.get(scope + "/" + name);
    }

    /** Users marked the scheduled event "Interested": its {@code user_count} becomes {@code count}. */
    public void setInterested(String eventId, int count) {
        DataObject event = rest.scheduledEvents.get(eventId);
        if (event == null) {
            throw new IllegalArgumentException("No scheduled event " + eventId);
        }
        event.put("user_count", count);
    }

    /** The scheduled events as the bot left them, by id. */
    public Map<String, DataObject> scheduledEvents() {
        return Map.copyOf(rest.scheduledEvents);
    }

    // ---- failures

    /** Answers the next call matching {@code method} and {@code pathRegex} (e.g. {@code /channels/\\d+/messages}) with {@code fault}. */
    public void failNext(String method, String pathRegex, Fault fault) {
        rest.failNext(method, pathRegex, fault);
    }

    /**
     * Enforces Discord's global rate limit from now on (50 a second for a bot, per Discord's
     * documentation): a REST call beyond it is answered with a global 429 whose {@code retry_after}
     * is the time until the bucket has a request again. Interaction callbacks and webhooks are exempt.
     * {@code 0} lifts the limit again.
     */
    public void enforceGlobalLimit(double perSecond) {
        rest.enforceGlobalLimit(perSecond);
    }

    /**
     * Cuts the gateway (as {@link #dropConnection()}) when the next call matching {@code method} and
     * {@code pathRegex} arrives, before answering it: e.g. an interaction's callback, to drop the
     * connection while the bot answers.
     */
    public void dropConnectionOnNext(String method, String pathRegex) {
        rest.beforeNext(method, pathRegex, gateway::dropConnections);
    }

    /**
     * Whether {@code GET /channels/{id}/messages} gives each message's {@code nonce} back (default
     * yes). Discord returns the nonce in the create answer and the gateway event; a client that finds
     * its messages again must not count on it in the history, and tests switch it off to prove so.
     */
    public void noncesInHistory(boolean given) {
        rest.noncesInHistory = given;
    }

    /** The messages the bot created in the channel, oldest first (one per accepted post: repeated nonces made none). */
    public List<DataObject> messagesIn(String channelId) {
        return rest.messages.values().stream().filter(m -> m.getString("channel_id").equals(channelId))
                .filter(m -> m.getObject("author").getString("id").equals(bot.id()))
                .sorted(java.util.Comparator.comparing(m -> Long.parseUnsignedLong(m.getString("id"))))
                .toList();
    }

    /** Answers the next {@code times} matching calls with {@code fault}. */
    public void failNext(String method, String pathRegex, Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            rest.failNext(method, pathRegex, fault);
        }
    }

    private static void await(BooleanSupplier condition, Duration within, String failure) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(failure + " within " + within);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        rest.stop();
        gateway.stopNow();
    }
}
