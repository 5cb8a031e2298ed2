package org.beloved.app.console;

import java.util.List;
import java.util.Optional;
import org.beloved.directory.Claim;
import org.beloved.directory.Congregation;
import org.beloved.directory.Directory;
import org.beloved.directory.ListingCheckIns;
import org.beloved.directory.ListingEdit;
import org.beloved.directory.ListingEditResult;
import org.beloved.directory.RegistrationProblem;
import org.beloved.directory.Tradition;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /organize/listings}: the review queue (pending listings, and each pending claim beside the
 * listing it claims) and a search of all listings. Approve, hide, hand over and reject are plain
 * form posts, through the same use cases as Discord's /approve buttons ({@link Directory}) and
 * audited the same way, with the signed-in organizer as the actor. The listings the 90-day check-in
 * hid are listed with a Restore button, the use case of {@code POST /api/admin/listings/{id}/restore}
 * ({@link ListingCheckIns#restore}), audited as {@code listing.restore}. Each listing's Edit button
 * opens {@code /organize/listings/{id}}: its fields and each contact field's consent to be shown,
 * saved through {@link Directory#edit} as {@code PATCH /api/admin/listings/{id}} does, audited as
 * {@code listing.edit}; a refused edit shows the page again with what was typed and every problem,
 * and a field someone else changed meanwhile that the organizer changed too is a conflict
 * ({@link ListingForm}): nothing is saved and the page says what it is now.
 */
@Controller
class ListingsPage {

    private static final int QUEUE = 50;
    private static final int RESULTS = 100;
    private static final String CONGREGATION = "congregation";

    private final Directory directory;
    private final ListingCheckIns checkIns;
    private final AuditLog audit;
    private final Texts texts;

    ListingsPage(Directory directory, ListingCheckIns checkIns, AuditLog audit, Texts texts) {
        this.directory = directory;
        this.checkIns = checkIns;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/organize/listings")
    String listings(@RequestParam(defaultValue = "en") String lang, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status, Model model) {
        ConsolePage.prepare(model, texts, lang, "listings");
        model.addAttribute("pending", directory.pending(QUEUE));
        model.addAttribute("claims", directory.pendingClaims(QUEUE));
        model.addAttribute("stale", checkIns.stale(QUEUE));
        model.addAttribute("statuses", Congregation.Status.values());
        Congregation.Status wanted = parse(status);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        if (q != null || status != null) {
            model.addAttribute("results", directory.search(q, wanted, RESULTS));
        }
        return "console/listings";
    }

    @GetMapping("/organize/listings/{id}")
    String listing(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, Model model,
            RedirectAttributes redirect) {
        Optional<Congregation> found = directory.find(id);
        if (found.isEmpty()) {
            return gone(lang, redirect);
        }
        return editPage(found.get(), ListingForm.of(found.get()), List.of(), lang, model);
    }

    @PostMapping("/organize/listings/{id}")
    String edit(@PathVariable long id, @ModelAttribute ListingForm form, @RequestParam(defaultValue = "en") String lang,
            Model model, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        ListingEdit changes = form.changes();
        if (changes.isEmpty()) {
            if (directory.find(id).isEmpty()) {
                return gone(lang, redirect);
            }
            redirect.addFlashAttribute("notice", texts.get(language, "console.listing.unchanged"));
            return "redirect:/organize/listings/" + id + "?lang=" + language.code();
        }
        ListingEditResult result;
        try {
            result = directory.edit(id, form::unlessChangedMeanwhile);
        } catch (EditConflict conflicted) {
            return conflictPage(id, form, conflicted, lang, model, redirect);
        }
        if (result instanceof ListingEditResult.Edited edited) {
            audit.record(ConsoleUsers.current().actor(), AuditAction.LISTING_EDIT, CONGREGATION, Long.toString(id),
                    changes.fields());
            redirect.addFlashAttribute("notice", texts.get(language, "console.listing.saved", edited.listing().name()));
            return "redirect:/organize/listings/" + id + "?lang=" + language.code();
        }
        Optional<Congregation> found = directory.find(id);
        if (result instanceof ListingEditResult.Refused refused && found.isPresent()) {
            return editPage(found.get(), form, refused.problems(), lang, model);
        }
        return gone(lang, redirect);
    }

    /**
     * Nothing saved: the page again with each conflicting field named (now, and what the organizer
     * typed), the organizer's changes kept in the form and every other field as it is now, so that
     * saving again is a deliberate overwrite of what they have now seen.
     */
    private String conflictPage(long id, ListingForm form, EditConflict conflicted, String lang, Model model,
            RedirectAttributes redirect) {
        Optional<Congregation> now = directory.find(id);
        if (now.isEmpty()) {
            return gone(lang, redirect);
        }
        Language language = Language.fromCode(lang);
        model.addAttribute("conflict", texts.get(language, "console.listing.conflict"));
        model.addAttribute("conflicts", conflicted.fields().stream()
                .map(c -> texts.get(language, "console.listing.conflict.field",
                        texts.get(language, "console.listing.field." + c.field()), shown(c.field(), c.stored(), language),
                        shown(c.field(), c.yours(), language)))
                .toList());
        return editPage(now.get(), form.rebasedOn(now.get()), List.of(), lang, model);
    }

    /** A conflicting value as the form shows it: a tradition by its name in the page's language. */
    private String shown(String field, String value, Language language) {
        return field.equals("tradition") ? Tradition.parse(value).map(t -> texts.get(language, t.key())).orElse(value)
                : value;
    }

    private String editPage(Congregation listing, ListingForm form, List<RegistrationProblem> problems, String lang,
            Model model) {
        Language language = ConsolePage.prepare(model, texts, lang, "listings");
        model.addAttribute("listing", listing);
        model.addAttribute("form", form);
        model.addAttribute("traditions", Tradition.values());
        model.addAttribute("invalid", problems.stream().map(RegistrationProblem::field).distinct().toList());
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems.stream().map(p -> texts.get(language, p.key())).distinct().toList());
        }
        return "console/listing";
    }

    private String gone(String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        redirect.addFlashAttribute("notice", texts.get(language, "console.listing.unknown"));
        return "redirect:/organize/listings?lang=" + language.code();
    }

    @PostMapping("/organize/listings/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        return decide(id, true, lang, redirect);
    }

    @PostMapping("/organize/listings/{id}/hide")
    String hide(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        return decide(id, false, lang, redirect);
    }

    @PostMapping("/organize/listings/{id}/restore")
    String restore(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        Optional<Congregation> found = directory.find(id);
        if (found.isPresent() && checkIns.restore(id)) {
            audit.record(ConsoleUsers.current().actor(), AuditAction.LISTING_RESTORE, CONGREGATION, Long.toString(id));
            redirect.addFlashAttribute("notice", texts.get(language, "console.listings.restored", found.get().name()));
        } else {
            redirect.addFlashAttribute("notice", texts.get(language, "console.listings.not-hidden"));
        }
        return "redirect:/organize/listings?lang=" + language.code();
    }

    @PostMapping("/organize/claims/{id}/hand-over")
    String handOver(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        return resolve(id, true, lang, redirect);
    }

    @PostMapping("/organize/claims/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        return resolve(id, false, lang, redirect);
    }

    private String decide(long id, boolean approve, String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        Optional<Congregation> found = directory.find(id);
        if (found.isPresent() && (approve ? directory.approve(id) : directory.hide(id))) {
            audit.record(ConsoleUsers.current().actor(), approve ? AuditAction.LISTING_APPROVE : AuditAction.LISTING_HIDE,
                    CONGREGATION, Long.toString(id));
            redirect.addFlashAttribute("notice", texts.get(language,
                    approve ? "console.listings.approved" : "console.listings.hidden", found.get().name()));
        } else {
            redirect.addFlashAttribute("notice", texts.get(language, "console.listings.gone"));
        }
        return "redirect:/organize/listings?lang=" + language.code();
    }

    private String resolve(long claimId, boolean approve, String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        Optional<Claim> resolved = directory.resolveClaim(claimId, approve);
        resolved.ifPresent(c -> audit.record(ConsoleUsers.current().actor(),
                approve ? AuditAction.CLAIM_HAND_OVER : AuditAction.CLAIM_REJECT, CONGREGATION,
                Long.toString(c.listing().id())));
        redirect.addFlashAttribute("notice", resolved.map(c -> texts.get(language,
                approve ? "console.listings.claim-approved" : "console.listings.claim-rejected", c.listing().name()))
                .orElseGet(() -> texts.get(language, "console.listings.gone")));
        return "redirect:/organize/listings?lang=" + language.code();
    }

    private static Congregation.Status parse(String status) {
        try {
            return status == null || status.isBlank() ? null : Congregation.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
