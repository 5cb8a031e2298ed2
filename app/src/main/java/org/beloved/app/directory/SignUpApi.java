package org.beloved.app.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.RegistrationProblem;
import org.beloved.directory.RegistrationResult;
import org.beloved.directory.Tradition;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/registrations}: the web page's sign-up form, creating the same pending
 * registration as SMS and Discord. Server-side validation; a honeypot field ({@code company},
 * hidden from people) and a per-address limit keep robots out.
 */
@RestController
class SignUpApi {

    private static final Logger log = LoggerFactory.getLogger(SignUpApi.class);

    /** The form's fields. {@code company} is the honeypot: people never see it, robots fill it in. */
    record SignUp(String name, String tradition, String zip, String streetAddress, String contactName,
            String contactEmail, String contactPhone, String website, Boolean showContact, String company) {
    }

    private final Directory directory;
    private final SignUpLimit limit;
    private final Texts texts;

    SignUpApi(Directory directory, SignUpLimit limit, Texts texts) {
        this.directory = directory;
        this.limit = limit;
        this.texts = texts;
    }

    @PostMapping(path = "/api/registrations", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, Object>> signUp(@RequestBody SignUp form, @RequestParam(defaultValue = "en") String lang,
            HttpServletRequest request) {
        Language language = Language.fromCode(lang);
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(Map.of("error", texts.get(language, "web.signup.too-many")));
        }
        if (form.company() != null && !form.company().isBlank()) {
            log.info("Sign-up with the honeypot filled in: dropped");
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "pending",
                    "message", texts.get(language, "web.signup.pending")));
        }
        Tradition tradition = Tradition.parse(form.tradition()).orElse(null);
        RegistrationResult result = directory.register(new NewCongregation(form.name(), tradition, form.zip(),
                form.streetAddress(), form.contactName(), form.contactEmail(), form.contactPhone(), form.website(),
                Boolean.TRUE.equals(form.showContact()), Channel.WEB, null));
        if (!result.saved()) {
            return ResponseEntity.badRequest().body(problems(language, result.problems()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", result.id());
        body.put("status", result.status().name().toLowerCase());
        body.put("message", texts.get(language, "web.signup." + result.status().name().toLowerCase()));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private Map<String, Object> problems(Language language, List<RegistrationProblem> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RegistrationProblem p : problems) {
            fields.put(field(p), texts.get(language, p.key()));
        }
        return Map.of("error", String.join(" ", fields.values()), "problems", fields);
    }

    private static String field(RegistrationProblem p) {
        return switch (p) {
            case NAME -> "name";
            case TRADITION -> "tradition";
            case ZIP_MALFORMED, ZIP_UNKNOWN -> "zip";
            case CONTACT_NAME -> "contactName";
            case EMAIL, NO_CONTACT -> "contactEmail";
            case PHONE -> "contactPhone";
            case WEBSITE -> "website";
            case STREET -> "streetAddress";
        };
    }
}
