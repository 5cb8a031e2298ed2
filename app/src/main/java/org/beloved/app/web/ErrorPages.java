package org.beloved.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page a browser gets (404, 405, 500, 503 while the database cannot be reached, …) in
 * place of Spring Boot's whitelabel page: {@code templates/error.html}, with the site's head, in
 * the visitor's language: {@code ?lang=es}, else the first of English or Spanish in
 * {@code Accept-Language}, else English. Requests that do not ask for HTML (the JSON API, scripts)
 * keep Spring Boot's JSON error body.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final Texts texts;

    ErrorPages(Texts texts) {
        this.texts = texts;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Language language = language(request);
        Map<String, Object> page = new HashMap<>();
        page.put("lang", language.code());
        page.put("t", new PageTexts(texts, language));
        page.put("status", status.value());
        page.put("kind", status == HttpStatus.NOT_FOUND ? "not-found" : status.is4xxClientError() ? "bad-request"
                : status == HttpStatus.SERVICE_UNAVAILABLE ? "unavailable" : "failed");
        return new ModelAndView("error", page, status);
    }

    /** {@code ?lang=} wins; otherwise the visitor's preferred of the two languages, in their order. */
    static Language language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && !lang.isBlank()) {
            return Language.fromCode(lang);
        }
        for (Locale locale : java.util.Collections.list(request.getLocales())) {
            if (locale.getLanguage().equals("es")) {
                return Language.ES;
            }
            if (locale.getLanguage().equals("en")) {
                return Language.EN;
            }
        }
        return Language.EN;
    }
}
