package org.beloved.app.console;

import org.beloved.directory.PhoneNumbers;
import org.beloved.organizers.NewOrganizer;
import org.beloved.organizers.OrganizerResult;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /organize/organizers}: every organizer, and forms to add one or deactivate one, through
 * {@link OrganizerRoster} as the admin API does (audited there, with the signed-in organizer as the
 * actor). A phone may be typed in any common US form. An organizer cannot deactivate themself here,
 * so the console is never left without the one who was using it by a slip.
 */
@Controller
class OrganizersPage {

    private final OrganizerRoster roster;
    private final Texts texts;

    OrganizersPage(OrganizerRoster roster, Texts texts) {
        this.roster = roster;
        this.texts = texts;
    }

    @GetMapping("/organize/organizers")
    String organizers(@RequestParam(defaultValue = "en") String lang, Model model) {
        ConsolePage.prepare(model, texts, lang, "organizers");
        model.addAttribute("organizers", roster.all());
        return "console/organizers";
    }

    @PostMapping("/organize/organizers")
    String add(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String discordUserId,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "en") String lang,
            RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        String e164 = phone.isBlank() ? null : PhoneNumbers.e164(phone).orElse(phone.strip());
        OrganizerResult result = roster.add(new NewOrganizer(displayName, discordUserId, e164),
                ConsoleUsers.current().actor());
        if (result.organizer().isPresent()) {
            redirect.addFlashAttribute("notice", texts.get(language, "console.organizers.added-ok",
                    result.organizer().get().displayName()));
        } else {
            redirect.addFlashAttribute("problems", result.problems());
        }
        return "redirect:/organize/organizers?lang=" + language.code();
    }

    @PostMapping("/organize/organizers/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        Language language = Language.fromCode(lang);
        ConsoleUser user = ConsoleUsers.current();
        String notice;
        if (user.organizerId() == id) {
            notice = "console.organizers.self";
        } else {
            notice = roster.remove(id, user.actor()) ? "console.organizers.removed-ok" : "console.organizers.not-removed";
        }
        redirect.addFlashAttribute("notice", texts.get(language, notice));
        return "redirect:/organize/organizers?lang=" + language.code();
    }
}
