package org.beloved.app.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.beloved.directory.Connections;
import org.beloved.directory.Directory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map's GeoJSON as sent, built once per directory version ({@link Directory#version()}) and
 * kept until the version moves, in every instance alike, plain and gzipped (compressed once per
 * version, not per request: Tomcat compresses nothing that carries a strong ETag). Each form's strong
 * ETag is a hash of its own bytes, so two instances, or two builds of one version, never give one tag
 * to different bodies.
 */
@Component
class MapData {

    /** The body and its gzipped form with their ETags (quoted), for the directory version it was built at (-1: unknown, not kept). */
    record Snapshot(long version, byte[] body, String etag, byte[] gzip, String gzipEtag) {
    }

    private final Directory directory;
    private final Connections connections;
    private final JsonMapper json;
    private volatile Snapshot kept;

    MapData(Directory directory, Connections connections, JsonMapper json) {
        this.directory = directory;
        this.connections = connections;
        this.json = json;
    }

    /** The current GeoJSON: one small query when nothing changed, a rebuild (once, not per request) when something did. */
    Snapshot current() {
        OptionalLong version = directory.version();
        Snapshot snapshot = kept;
        if (version.isPresent() && snapshot != null && snapshot.version() == version.getAsLong()) {
            return snapshot;
        }
        if (version.isEmpty()) {
            return build(-1);
        }
        synchronized (this) {
            snapshot = kept;
            if (snapshot != null && snapshot.version() >= version.getAsLong()) {
                return snapshot;
            }
            kept = build(version.getAsLong());   // the listings read after the version: at least that new
            return kept;
        }
    }

    private Snapshot build(long version) {
        // Whether a listing can be asked to connect rests on its own row alone: the version covers it too.
        byte[] body = json.writeValueAsBytes(CongregationsGeoJson.of(directory.listed(), connections.askableListed()));
        byte[] gzip = gzip(body);
        return new Snapshot(version, body, etag(body), gzip, etag(gzip));
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 6 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
