package org.beloved.app.web;

import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error answer of the JSON API, for every controller of {@code org.beloved.app}: an
 * {@link ApiException} a controller throws; a body that is not JSON or not valid, and a parameter
 * of the wrong type (400). Each has the body {@link ApiError}, {@code {"error": "…"}}. The HTML pages (home, toolkit) read no
 * body and throw no {@link ApiException}, so their errors stay Spring Boot's error pages.
 */
@RestControllerAdvice(basePackages = "org.beloved.app")
class ApiErrors {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return ResponseEntity.status(e.status()).headers(e.headers()).body(e.body());
    }

    /** A body that breaks its constraints: every wrong field with what is wrong, sorted. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(new ApiError(message));
    }

    /** A body that is missing or is not JSON, or a field of the wrong type, named by its path. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof MismatchedInputException m ? path(m) : "";
        return ResponseEntity.badRequest().body(new ApiError(field.isEmpty() ? "the body must be JSON"
                : "the body's " + field + " has the wrong type"));
    }

    /** A query parameter or path segment that is not of its type ({@code ?lat=north}). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new ApiError(e.getName() + " has the wrong type"));
    }

    /** {@code durationMinutes}, {@code list.0.name}: the JSON path without Java's class names. */
    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() == null ? String.valueOf(r.getIndex()) : r.getPropertyName())
                .collect(Collectors.joining("."));
    }
}
