package org.beloved.app.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beloved.app.web.ApiException;
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
import org.springframework.transaction.annotation.Transactional;
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

    /**
     * The form's fields. {@code company} is the honeypot: people never see it, robots fill it in.
     * {@code showEmail} and {@code showPhone} are each field's own yes (absent: hidden).
     * {@code showContact}, from before consent was asked per field, counts as a yes for the email
     * only: the phone is never shown without {@code showPhone}.
     */
    record SignUp(String name, String tradition, String zip, String streetAddress, String contactName,
            String contactEmail, String contactPhone, String website, Boolean showContact, String company,
            Boolean showEmail, Boolean showPhone) {

        boolean emailShown() {
            return Boolean.TRUE.equals(showEmail) || Boolean.TRUE.equals(showContact);
        }

        boolean phoneShown() {
            return Boolean.TRUE.equals(showPhone);
        }
    }

    /**
     * The answer to a sign-up taken: its id (left out when the honeypot dropped it), its status in
     * lower case ({@code "pending"}, {@code "listed"}) and a sentence saying what happens next.
     */
    record SignUpAnswer(Long id, String status, String message) {
    }

    private final Directory directory;
    private final SignUpLimit limit;
    private final Texts texts;

    SignUpApi(Directory directory, SignUpLimit limit, Texts texts) {
        this.directory = directory;
        this.limit = limit;
        this.texts = texts;
    }

    /**
     * 201 with the registration; 202 without an id when it is a claim on a listing someone else
     * registered (the listing does not change; an organizer decides) or when the honeypot drops it
     * (as if it were taken); 400 with {@code problems} by form field; 429 with {@code Retry-After}
     * when this address has signed up too often. Only a saved sign-up or claim counts toward the
     * limit: the limit's check, the registration and its count are one transaction, under the
     * address's lock. The web has no sender address, so a listing signed up on the web is never
     * updated from the web: a second sign-up for it is a claim too.
     */
    @Transactional
    @PostMapping(path = "/api/registrations", consumes = "application/json", produces = "application/json")
    ResponseEntity<SignUpAnswer> signUp(@RequestBody SignUp form, @RequestParam(defaultValue = "en") String lang,
            HttpServletRequest request) {
        Language language = Language.fromCode(lang);
        String client = SignUpLimit.client(request.getRemoteAddr());
        Optional<Duration> wait = limit.refusal(client);
        if (wait.isPresent()) {
            throw ApiException.tooManyRequests(texts.get(language, "web.signup.too-many"), wait.get());
        }
        if (form.company() != null && !form.company().isBlank()) {
            log.info("Sign-up with the honeypot filled in: dropped");
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new SignUpAnswer(null, "pending", texts.get(language, "web.signup.pending")));
        }
        Tradition tradition = Tradition.parse(form.tradition()).orElse(null);
        RegistrationResult result = directory.register(new NewCongregation(form.name(), tradition, form.zip(),
                form.streetAddress(), form.contactName(), form.contactEmail(), form.contactPhone(), form.website(),
                form.emailShown(), form.phoneShown(), Channel.WEB, null));
        if (!result.saved()) {
            throw refused(language, result.problems());
        }
        limit.accepted(client);
        if (result.claimed()) {   // the listing is someone else's: it did not change, an organizer decides
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new SignUpAnswer(null, "pending", texts.get(language, "web.signup.claimed")));
        }
        String status = result.status().name().toLowerCase();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new SignUpAnswer(result.id(), status, texts.get(language, "web.signup." + status)));
    }

    /** Each wrong field with what to fix, and all of it in one sentence as the error. */
    private ApiException refused(Language language, List<RegistrationProblem> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RegistrationProblem p : problems) {
            fields.put(p.field(), texts.get(language, p.key()));
        }
        return ApiException.badRequest(String.join(" ", fields.values()), fields);
    }
}
