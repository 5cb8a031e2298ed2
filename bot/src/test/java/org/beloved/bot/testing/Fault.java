package org.beloved.bot.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How FakeDiscord answers a call it was told to fail ({@link FakeDiscord#failNext}): a status, a
 * JSON body and headers, shaped like Discord's own. Every answer carries {@code Via}, as Discord's
 * do; JDA takes a 429 without it for a Cloudflare ban.
 */
public record Fault(int status, String body, Map<String, String> headers, boolean dropsConnection, boolean carriedOut) {

    public Fault(int status, String body, Map<String, String> headers, boolean dropsConnection) {
        this(status, body, headers, dropsConnection, false);
    }

    /** A per-route 429 with {@code retry_after} and the {@code X-RateLimit-*} headers JDA reads. */
    public static Fault rateLimited(Duration retryAfter) {
        double seconds = retryAfter.toMillis() / 1000.0;
        Map<String, String> headers = rateLimitHeaders(retryAfter);
        headers.put("X-RateLimit-Limit", "5");
        headers.put("X-RateLimit-Remaining", "0");
        headers.put("X-RateLimit-Reset-After", String.valueOf(seconds));
        headers.put("X-RateLimit-Reset", String.valueOf(System.currentTimeMillis() / 1000.0 + seconds));
        headers.put("X-RateLimit-Bucket", "fake-bucket");
        headers.put("X-RateLimit-Scope", "user");
        return new Fault(429, "{\"message\": \"You are being rate limited.\", \"retry_after\": " + seconds
                + ", \"global\": false}", headers, false);
    }

    /** A global 429: every route waits {@code retryAfter}. */
    public static Fault globallyRateLimited(Duration retryAfter) {
        double seconds = retryAfter.toMillis() / 1000.0;
        Map<String, String> headers = rateLimitHeaders(retryAfter);
        headers.put("X-RateLimit-Global", "true");
        headers.put("X-RateLimit-Scope", "global");
        return new Fault(429, "{\"message\": \"You are being rate limited.\", \"retry_after\": " + seconds
                + ", \"global\": true}", headers, false);
    }

    /** 50007: the user does not accept direct messages from the bot. */
    public static Fault cannotSendToUser() {
        return error(403, 50007, "Cannot send messages to this user");
    }

    /** 40003: the bot opens DM channels too fast. */
    public static Fault openingDirectMessagesTooFast() {
        return error(400, 40003, "You are opening direct messages too fast");
    }

    /** A 5xx; JDA retries 502, 503, 504 and 529 itself (three more attempts), so fail as many calls as the test needs. */
    public static Fault serverError(int status) {
        return error(status, 0, status + ": Server error");
    }

    /** Any Discord error body: {@code {"code": code, "message": message}}. */
    public static Fault error(int status, int code, String message) {
        return new Fault(status, "{\"code\": " + code + ", \"message\": \"" + message + "\"}", new LinkedHashMap<>(), false);
    }

    /** The request is read, then the connection closes without an answer: its outcome is unknown to the caller. */
    public static Fault dropConnection() {
        return new Fault(0, "", Map.of(), true);
    }

    /**
     * This fault, answered after the call was carried out (the message made, say): Discord did the
     * work, but the caller hears only the failure, as when an answer is lost on the way back.
     */
    public Fault afterCarryingOut() {
        return new Fault(status, body, headers, dropsConnection, true);
    }

    private static Map<String, String> rateLimitHeaders(Duration retryAfter) {
        Map<String, String> headers = new LinkedHashMap<>();
        // JDA reads Retry-After in whole seconds and takes the larger of it and the body's retry_after.
        headers.put("Retry-After", String.valueOf((long) Math.ceil(retryAfter.toMillis() / 1000.0)));
        return headers;
    }
}
