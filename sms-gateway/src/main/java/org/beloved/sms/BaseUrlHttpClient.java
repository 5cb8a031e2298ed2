package org.beloved.sms;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The Twilio SDK's HTTP client, sent to {@code beloved.sms.api-base-url} instead of Twilio's own
 * host (a proxy, or a local fake in tests), and making every request exactly once: the SDK's
 * default retries a 5xx, and a create-message call retried after an unknown outcome could text
 * someone twice.
 */
class BaseUrlHttpClient extends HttpClient {

    private final URI base;
    private final NetworkHttpClient network = new NetworkHttpClient();

    BaseUrlHttpClient(URI base) {
        this.base = base;
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        return network.makeRequest(rebased(request));
    }

    Request rebased(Request request) {
        URI original = URI.create(request.getUrl());
        String baseText = base.toString().replaceAll("/+$", "");
        // A next page's URL carries its query in the URL itself (Twilio's next_page_uri), not in the query parameters.
        String query = original.getRawQuery() == null ? "" : "?" + original.getRawQuery();
        Request copy = new Request(request.getMethod(), baseText + original.getRawPath() + query);
        if (request.getUsername() != null) {
            copy.setAuth(request.getUsername(), request.getPassword());
        } else if (request.getAuthStrategy() != null) {
            copy.setAuth(request.getAuthStrategy());
        }
        copy.setContentType(request.getContentType());
        if (request.getBody() != null) {
            copy.setBody(request.getBody());
        }
        copy.setUserAgentExtensions(request.getUserAgentExtensions());
        forEach(request.getPostParams(), copy::addPostParam);
        forEach(request.getQueryParams(), copy::addQueryParam);
        forEach(request.getHeaderParams(), copy::addHeaderParam);
        return copy;
    }

    private static void forEach(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(v -> add.accept(name, v)));
    }
}
