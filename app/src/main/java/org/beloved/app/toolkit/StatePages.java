package org.beloved.app.toolkit;

import java.util.Optional;
import org.beloved.app.web.PageTexts;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.toolkit.Section;
import org.beloved.toolkit.StateLaw;
import org.beloved.toolkit.StateTable;
import org.beloved.toolkit.Toolkit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The state table on the web: {@code /toolkit/states} (every state: stance, 287(g), laws, sources
 * with their dates) and {@code /toolkit/states/{ST}} (one state; any case), both with {@code ?lang=es}.
 */
@Controller
class StatePages {

    /** The toolkit section on state laws and what to ask for (linked from both pages). */
    static final String SECTION_ID = "state-laws";

    private final StateTable table;
    private final Toolkit toolkit;
    private final Texts texts;

    StatePages(StateTable table, Toolkit toolkit, Texts texts) {
        this.table = table;
        this.toolkit = toolkit;
        this.texts = texts;
    }

    @GetMapping("/toolkit/states")
    String all(@RequestParam(defaultValue = "en") String lang, Model model) {
        Language language = Language.fromCode(lang);
        model.addAttribute("states", table.states());
        common(model, language);
        return "toolkit/states";
    }

    @GetMapping("/toolkit/states/{code}")
    String one(@PathVariable String code, @RequestParam(defaultValue = "en") String lang, Model model) {
        Language language = Language.fromCode(lang);
        StateLaw state = (code.matches("[A-Za-z]{2}") ? table.byCode(code) : Optional.<StateLaw>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        texts.get(language, "web.states.not-found")));
        model.addAttribute("state", state);
        common(model, language);
        return "toolkit/state";
    }

    private void common(Model model, Language language) {
        model.addAttribute("lang", language.code());
        model.addAttribute("es", language == Language.ES);
        model.addAttribute("language", language);
        model.addAttribute("other", language == Language.ES ? "en" : "es");
        model.addAttribute("t", new PageTexts(texts, language));
        model.addAttribute("stateSection", stateSection(toolkit, language).orElse(null));
    }

    /** The section on state laws, when the toolkit has one. */
    static Optional<Section> stateSection(Toolkit toolkit, Language language) {
        return toolkit.sections(language).stream().filter(s -> s.id().equals(SECTION_ID)).findFirst();
    }
}
