package org.beloved.app.console;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /organize/audit}: the audit log, newest first, filtered by action and by a first day
 * (UTC); at most {@value #SHOWN} events. Reading it is not itself audited here: the admin API audits
 * its token's reads because the token names no one, while the console's reader is signed in.
 */
@Controller
class AuditPage {

    static final int SHOWN = 200;

    private final AuditLog audit;
    private final Texts texts;

    AuditPage(AuditLog audit, Texts texts) {
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/organize/audit")
    String audit(@RequestParam(defaultValue = "en") String lang, @RequestParam(required = false) String action,
            @RequestParam(required = false) String since, Model model) {
        ConsolePage.prepare(model, texts, lang, "audit");
        String wanted = Arrays.stream(AuditAction.values()).map(AuditAction::code).filter(c -> c.equals(action))
                .findFirst().orElse(null);
        LocalDate from = day(since);
        model.addAttribute("actions", Arrays.stream(AuditAction.values()).map(AuditAction::code).toList());
        model.addAttribute("action", wanted == null ? "" : wanted);
        model.addAttribute("since", from == null ? "" : from.toString());
        model.addAttribute("events", audit.newest(from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                wanted, SHOWN));
        return "console/audit";
    }

    private static LocalDate day(String since) {
        try {
            return since == null || since.isBlank() ? null : LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
