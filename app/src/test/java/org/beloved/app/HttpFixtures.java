package org.beloved.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP requests to a running Beloved. */
public final class HttpFixtures {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private HttpFixtures() {
    }

    public static HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).GET().build());
    }

    public static HttpResponse<String> postJson(int port, String path, String json) {
        return send(HttpRequest.newBuilder(uri(port, path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A JSON POST as if forwarded by a proxy for {@code clientAddress} ({@code X-Forwarded-For}). */
    public static HttpResponse<String> postJsonFrom(String clientAddress, int port, String path, String json) {
        return send(HttpRequest.newBuilder(uri(port, path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A message to the chat simulator from {@code clientAddress}, as forwarded by a proxy. */
    public static HttpResponse<String> simulateFrom(String clientAddress, int port, String sender, String text) {
        return postJsonFrom(clientAddress, port, "/api/simulator", simulatorJson(sender, text));
    }

    /** A message to the chat simulator, as the home page sends it. */
    public static HttpResponse<String> simulate(int port, String sender, String text) {
        return postJson(port, "/api/simulator", simulatorJson(sender, text));
    }

    private static String simulatorJson(String sender, String text) {
        return "{\"sender\":\"" + sender + "\",\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
