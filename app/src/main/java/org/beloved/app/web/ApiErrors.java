package org.beloved.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.beloved.shared.CleanText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * of the wrong type (400), text holding a NUL (400, see {@link CleanJsonText}). Each has the body
 * {@link ApiError}, {@code {"error": "…"}}, always as JSON (a browser's Accept header would
 * otherwise get it as XML). A malformed request is logged in one line, without a
 * stack trace. The HTML pages (home, toolkit) read no body and throw no {@link ApiException}, so
 * their errors are the error pages of {@link ErrorPages}.
 */
@RestControllerAdvice(basePackages = "org.beloved.app")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status()).headers(e.headers());
        return e.body() == null ? answer.build() : answer.contentType(MediaType.APPLICATION_JSON).body(e.body());
    }

    /** A body that breaks its constraints: every wrong field with what is wrong, sorted. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return badRequest(message);
    }

    /** A body that is missing or is not JSON, or a field of the wrong type, named by its path. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        log.info("Refused an unreadable body of {} {}", request.getMethod(), request.getRequestURI());
        if (e.getCause() instanceof CleanJsonText.Unacceptable nul) {
            return badRequest("the body's " + path(nul) + " must not contain NUL characters");
        }
        String field = e.getCause() instanceof MismatchedInputException m ? path(m) : "";
        return badRequest(field.isEmpty() ? "the body must be JSON"
                : "the body's " + field + " has the wrong type");
    }

    /** Text a controller {@link CleanText#clean cleaned} itself (a parameter) that holds a NUL. */
    @ExceptionHandler(CleanText.Unacceptable.class)
    ResponseEntity<ApiError> nul(CleanText.Unacceptable e, HttpServletRequest request) {
        log.info("Refused text with a NUL in {} {}", request.getMethod(), request.getRequestURI());
        return badRequest(e.getMessage());
    }

    /** A query parameter or path segment that is not of its type ({@code ?lat=north}). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException e) {
        return badRequest(e.getName() + " has the wrong type");
    }

    /** 400 with {@code {"error": message}}. */
    private static ResponseEntity<ApiError> badRequest(String message) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiError(message));
    }

    /** {@code durationMinutes}, {@code list.0.name}: the JSON path without Java's class names. */
    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() == null ? String.valueOf(r.getIndex()) : r.getPropertyName())
                .collect(Collectors.joining("."));
    }
}
