package org.beloved.app.web;

import java.util.Map;

/**
 * The body of every error answer of the JSON API: {@code {"error": "what is wrong"}}, in the
 * caller's language where the endpoint has one, and for a form also {@code "problems"}: each
 * field's name to what to fix in it, in the form's order (absent when there is none to name).
 */
record ApiError(String error, Map<String, String> problems) {

    ApiError(String error) {
        this(error, null);
    }
}
