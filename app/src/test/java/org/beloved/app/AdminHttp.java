package org.beloved.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** JSON requests to the application's HTTP API as a client sends them, with an optional bearer token. */
public final class AdminHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private AdminHttp() {
    }

    /** {@code method path} on 127.0.0.1:{@code port} with {@code body} as JSON (none when null). */
    public static HttpResponse<String> send(int port, String method, String path, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
