package org.beloved.app.web;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * An error answer of the JSON API, thrown by a controller and written by {@link ApiErrors}: the
 * status, its headers and {@code {"error": message}} (see {@link ApiError}), or no body at all for
 * {@link #absent()}. It is an answer, not a failure: nothing is logged and no stack trace is taken.
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, String> problems;
    private final HttpHeaders headers;

    private ApiException(HttpStatus status, String message, Map<String, String> problems, HttpHeaders headers) {
        super(message, null, false, false);
        this.status = status;
        this.problems = problems;
        this.headers = headers;
    }

    private static ApiException of(HttpStatus status, String message) {
        return new ApiException(status, message, null, HttpHeaders.EMPTY);
    }

    /** 400: the request is wrong, {@code message} says how. */
    public static ApiException badRequest(String message) {
        return of(HttpStatus.BAD_REQUEST, message);
    }

    /** 400 for a form: {@code problems} maps each wrong field's name to what to fix, in the form's order. */
    public static ApiException badRequest(String message, Map<String, String> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, message,
                Collections.unmodifiableMap(new LinkedHashMap<>(problems)), HttpHeaders.EMPTY);
    }

    /** 401 with {@code WWW-Authenticate: Bearer}: a valid bearer token is required. */
    public static ApiException bearerTokenRequired(String message) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return new ApiException(HttpStatus.UNAUTHORIZED, message, null, HttpHeaders.readOnlyHttpHeaders(headers));
    }

    /** 404: what was asked for is not there. */
    public static ApiException notFound(String message) {
        return of(HttpStatus.NOT_FOUND, message);
    }

    /** 404 with no body at all: an API that is switched off answers as if it did not exist. */
    public static ApiException absent() {
        return of(HttpStatus.NOT_FOUND, null);
    }

    /** 429: the caller has sent too many requests for now. */
    public static ApiException tooManyRequests(String message) {
        return of(HttpStatus.TOO_MANY_REQUESTS, message);
    }

    /** 429 with {@code Retry-After}: the whole seconds (at least one) until the caller may try again. */
    public static ApiException tooManyRequests(String message, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, message, null, HttpHeaders.readOnlyHttpHeaders(headers));
    }

    HttpStatus status() {
        return status;
    }

    /** The body, or null for none. */
    ApiError body() {
        return getMessage() == null ? null : new ApiError(getMessage(), problems);
    }

    HttpHeaders headers() {
        return headers;
    }
}
