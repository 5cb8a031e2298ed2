package org.beloved.app.console;

import org.beloved.app.web.PageTexts;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.ui.Model;

/** What every console page's template needs: its language, the other one, the sentences, the current page. */
final class ConsolePage {

    private ConsolePage() {
    }

    static Language prepare(Model model, Texts texts, String lang, String page) {
        Language language = Language.fromCode(lang);
        model.addAttribute("lang", language.code());
        model.addAttribute("other", language == Language.ES ? "en" : "es");
        model.addAttribute("t", new PageTexts(texts, language));
        model.addAttribute("page", page);
        return language;
    }
}
