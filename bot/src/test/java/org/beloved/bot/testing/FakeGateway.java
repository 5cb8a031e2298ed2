package org.beloved.bot.testing;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.Deflater;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway for FakeDiscord: HELLO, heartbeats (op 1 answered by op 11), IDENTIFY (READY,
 * then GUILD_CREATE for the shard's guilds), RESUME (the missed dispatches replayed, then RESUMED),
 * and dispatches. With {@code compress=zlib-stream} in the connection's query, as JDA asks in
 * production, every payload goes out as binary through one zlib stream per connection, each ending
 * in a sync flush ({@code 00 00 ff ff}).
 */
final class FakeGateway extends WebSocketServer {

    private static final int DIRECT_MESSAGES_INTENT = 1 << 12;

    /** One gateway session (one shard): survives a dropped connection and is resumed. */
    static final class Session {
        final String id = Snowflakes.next();
        final int shard;
        final int shards;
        final int intents;
        final List<DataObject> dispatched = new ArrayList<>();
        volatile WebSocket connection;

        Session(int shard, int shards, int intents) {
            this.shard = shard;
            this.shards = shards;
            this.intents = intents;
        }

        boolean receivesDirectMessages() {
            return (intents & DIRECT_MESSAGES_INTENT) != 0;
        }
    }

    /** Per connection: the zlib stream, or none when the client did not ask for compression. */
    private static final class Link {
        final Deflater deflater;
        Session session;

        Link(boolean compressed) {
            this.deflater = compressed ? new Deflater() : null;
        }
    }

    private final String token;
    private final Function<Session, DataObject> ready;
    private final Function<Session, List<DataObject>> guildCreates;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger overlappingIdentifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final AtomicInteger heartbeats = new AtomicInteger();

    FakeGateway(String token, Function<Session, DataObject> ready, Function<Session, List<DataObject>> guildCreates) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.token = token;
        this.ready = ready;
        this.guildCreates = guildCreates;
        setReuseAddr(true);
        setDaemon(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        String query = handshake.getResourceDescriptor();
        queries.add(query);
        socket.setAttachment(new Link(query.contains("compress=zlib-stream")));
        send(socket, DataObject.empty().put("op", 10).put("s", null).put("t", null)
                .put("d", DataObject.empty().put("heartbeat_interval", 41250)));
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer message) {
        onMessage(socket, StandardCharsets.UTF_8.decode(message).toString());
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        DataObject payload = DataObject.fromJson(message);
        switch (payload.getInt("op")) {
            case 1 -> {
                heartbeats.incrementAndGet();
                send(socket, DataObject.empty().put("op", 11));
            }
            case 2 -> identify(socket, payload.getObject("d"));
            case 6 -> resume(socket, payload.getObject("d"));
            default -> {
                // presence updates, member requests: nothing to do in a fake
            }
        }
    }

    private void identify(WebSocket socket, DataObject identify) {
        if (!token.equals(identify.getString("token").replaceFirst("^Bot ", ""))) {
            socket.close(4004, "Authentication failed.");
            return;
        }
        identifies.incrementAndGet();
        DataArray shard = identify.optArray("shard").orElseGet(() -> DataArray.empty().add(0).add(1));
        Session session = new Session(shard.getInt(0), shard.getInt(1), identify.getInt("intents", 0));
        if (sessions.values().stream().anyMatch(old -> old.shard == session.shard && old.connection != null
                && old.connection != socket && old.connection.isOpen())) {
            overlappingIdentifies.incrementAndGet();   // a second client on a shard whose connection is still open
        }
        sessions.values().removeIf(old -> old.shard == session.shard);   // a new IDENTIFY replaces the shard's session
        sessions.put(session.id, session);
        attach(socket, session);
        dispatch(session, "READY", ready.apply(session));
        guildCreates.apply(session).forEach(guild -> dispatch(session, "GUILD_CREATE", guild));
    }

    private void resume(WebSocket socket, DataObject resume) {
        Session session = sessions.get(resume.getString("session_id", ""));
        if (session == null || !token.equals(resume.getString("token").replaceFirst("^Bot ", ""))) {
            send(socket, DataObject.empty().put("op", 9).put("d", false));   // invalid session: identify again
            return;
        }
        resumes.incrementAndGet();
        long seen = resume.getLong("seq", 0);
        synchronized (session) {
            attach(socket, session);
            for (DataObject missed : session.dispatched) {
                if (missed.getLong("s") > seen) {
                    send(socket, missed);
                }
            }
            dispatch(session, "RESUMED", DataObject.empty());
        }
    }

    private static void attach(WebSocket socket, Session session) {
        ((Link) socket.getAttachment()).session = session;
        session.connection = socket;
    }

    /** Sends a dispatch (op 0) in the session; while it has no connection, it waits there for a RESUME. */
    void dispatch(Session session, String type, DataObject data) {
        synchronized (session) {
            DataObject payload = DataObject.empty().put("op", 0).put("t", type)
                    .put("s", session.dispatched.size() + 1).put("d", data);
            session.dispatched.add(payload);
            WebSocket socket = session.connection;
            if (socket != null && socket.isOpen()) {
                send(socket, payload);
            }
        }
    }

    /** The session of the shard that holds {@code guildId}, or shard 0's for DMs ({@code guildId} null). */
    Session sessionFor(String guildId) {
        return sessions.values().stream()
                .filter(s -> s.shard == (guildId == null ? 0 : shardOf(guildId, s.shards)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("JDA has not identified on the fake gateway"));
    }

    static int shardOf(String guildId, int shards) {
        return (int) ((Long.parseUnsignedLong(guildId) >>> 22) % shards);
    }

    boolean connected() {
        return sessions.values().stream().anyMatch(s -> s.connection != null && s.connection.isOpen());
    }

    /** Closes every connection without a close frame, as a network failure would; sessions stay resumable. */
    void dropConnections() {
        for (Session session : sessions.values()) {
            WebSocket socket = session.connection;
            if (socket != null) {
                session.connection = null;
                socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the test");
            }
        }
    }

    /** A connection closing meanwhile loses the payload here; a session keeps it for the RESUME. */
    private static void send(WebSocket socket, DataObject payload) {
        try {
            sendNow(socket, payload);
        } catch (RuntimeException closedMeanwhile) {
            // WebsocketNotConnectedException, or the stream ended by onClose
        }
    }

    private static void sendNow(WebSocket socket, DataObject payload) {
        Link link = (Link) socket.getAttachment();
        byte[] json = payload.toJson();
        if (link.deflater == null) {
            socket.send(new String(json, StandardCharsets.UTF_8));
            return;
        }
        synchronized (link) {
            link.deflater.setInput(json);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int length;
            do {
                length = link.deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, length);
            } while (length == buffer.length);
            socket.send(out.toByteArray());
        }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        Link link = socket.getAttachment();
        if (link != null) {
            if (link.deflater != null) {
                synchronized (link) {
                    link.deflater.end();
                }
            }
            if (link.session != null && link.session.connection == socket) {
                link.session.connection = null;
            }
        }
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        // a client going away mid-frame; JDA reconnects and the test sees it through its own checks
    }

    List<String> queries() {
        return List.copyOf(queries);
    }

    int identifies() {
        return identifies.get();
    }

    int overlappingIdentifies() {
        return overlappingIdentifies.get();
    }

    int resumes() {
        return resumes.get();
    }

    int heartbeats() {
        return heartbeats.get();
    }

    void stopNow() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
