package org.beloved.app.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in to the console without a password: {@code GET /organize} asks for a phone number or a
 * Discord user id, {@code POST /organize/sign-in} has a code sent ({@link SignInCodes}) and shows
 * the code page, whatever the target (no one learns who is an organizer), {@code POST /organize/code}
 * checks it and signs the organizer in: a new session (no fixation, a new CSRF token) holding the
 * Spring Security context, audited as {@code console.sign-in}.
 */
@Controller
class SignInPages {

    static final String CHALLENGE = "console.challenge";

    private final SignInCodes codes;
    private final SecurityContextRepository contexts;
    private final AuditLog audit;
    private final Texts texts;

    SignInPages(SignInCodes codes, SecurityContextRepository contexts, AuditLog audit, Texts texts) {
        this.codes = codes;
        this.contexts = contexts;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/organize")
    String start(@RequestParam(defaultValue = "en") String lang, @RequestParam(name = "signed-out", required = false)
            String signedOut, Authentication authentication, Model model) {
        if (signedIn(authentication)) {
            return "redirect:/organize/today" + (lang.equals("es") ? "?lang=es" : "");
        }
        ConsolePage.prepare(model, texts, lang, "sign-in");
        model.addAttribute("signedOut", signedOut != null);
        return "console/sign-in";
    }

    @PostMapping("/organize/sign-in")
    String request(@RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "en") String lang,
            HttpServletRequest request, Model model) {
        Language language = ConsolePage.prepare(model, texts, lang, "sign-in");
        Optional<SignInCodes.Target> parsed = SignInCodes.Target.parse(target);
        if (parsed.isEmpty()) {
            model.addAttribute("error", "console.sign-in.bad-target");
            model.addAttribute("target", target);
            return "console/sign-in";
        }
        SignInCodes.Requested requested = codes.request(parsed.get(), request.getRemoteAddr(), language);
        if (requested instanceof SignInCodes.Issued issued) {
            request.getSession().setAttribute(CHALLENGE, issued.challengeId());
            return "redirect:/organize/code" + (language == Language.ES ? "?lang=es" : "");
        }
        model.addAttribute("error", "console.sign-in.limited");
        model.addAttribute("target", target);
        return "console/sign-in";
    }

    @GetMapping("/organize/code")
    String codePage(@RequestParam(defaultValue = "en") String lang, HttpServletRequest request, Model model) {
        if (challenge(request).isEmpty()) {
            return "redirect:/organize" + (lang.equals("es") ? "?lang=es" : "");
        }
        ConsolePage.prepare(model, texts, lang, "sign-in");
        return "console/code";
    }

    @PostMapping("/organize/code")
    String check(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "en") String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Long> challenge = challenge(request);
        if (challenge.isEmpty()) {
            return "redirect:/organize" + (lang.equals("es") ? "?lang=es" : "");
        }
        ConsolePage.prepare(model, texts, lang, "sign-in");
        SignInCodes.Checked checked = codes.check(challenge.get(), code);
        if (checked instanceof SignInCodes.SignedIn signedIn) {
            ConsoleUser user = new ConsoleUser(signedIn.organizer().id(), signedIn.organizer().displayName());
            signIn(user, request, response);
            audit.record(user.actor(), AuditAction.CONSOLE_SIGN_IN, "organizer", Long.toString(user.organizerId()));
            return "redirect:/organize/today" + (lang.equals("es") ? "?lang=es" : "");
        }
        if (checked instanceof SignInCodes.Wrong wrong) {
            model.addAttribute("error", "console.code.wrong");
            model.addAttribute("triesLeft", wrong.triesLeft());
            return "console/code";
        }
        request.getSession().removeAttribute(CHALLENGE);
        model.addAttribute("error", "console.code.spent");
        return "console/sign-in";
    }

    private void signIn(ConsoleUser user, HttpServletRequest request, HttpServletResponse response) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ConsoleSecurity.ROLE))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static Optional<Long> challenge(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(CHALLENGE)).map(Long.class::cast);
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof ConsoleUser;
    }
}
