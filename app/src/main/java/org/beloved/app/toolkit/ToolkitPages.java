package org.beloved.app.toolkit;

import java.util.List;
import org.beloved.app.web.PageTexts;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.toolkit.Section;
import org.beloved.toolkit.Toolkit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The toolkit on the web: {@code /toolkit}, {@code /toolkit/{n}} ({@code ?lang=es}) and {@code /toolkit.pdf}. */
@Controller
class ToolkitPages {

    private final Toolkit toolkit;
    private final ToolkitPdf pdf;
    private final Texts texts;

    ToolkitPages(Toolkit toolkit, ToolkitPdf pdf, Texts texts) {
        this.toolkit = toolkit;
        this.pdf = pdf;
        this.texts = texts;
    }

    @GetMapping("/toolkit")
    String index(@RequestParam(defaultValue = "en") String lang, Model model) {
        Language language = Language.fromCode(lang);
        model.addAttribute("sections", toolkit.sections(language));
        common(model, language);
        return "toolkit/index";
    }

    @GetMapping("/toolkit/{number}")
    String section(@PathVariable String number, @RequestParam(defaultValue = "en") String lang, Model model) {
        Language language = Language.fromCode(lang);
        Section section = parse(number).flatMap(n -> toolkit.section(language, n))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        texts.get(language, "web.toolkit.not-found")));
        List<Section> all = toolkit.sections(language);
        int index = all.indexOf(section);
        model.addAttribute("section", section);
        model.addAttribute("body", toolkit.html(section));
        model.addAttribute("previous", index > 0 ? all.get(index - 1) : null);
        model.addAttribute("next", index < all.size() - 1 ? all.get(index + 1) : null);
        common(model, language);
        return "toolkit/section";
    }

    @GetMapping("/toolkit.pdf")
    ResponseEntity<byte[]> download(@RequestParam(defaultValue = "en") String lang) {
        Language language = Language.fromCode(lang);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"beloved-toolkit-" + language.code() + ".pdf\"")
                .body(pdf.render(language));
    }

    private void common(Model model, Language language) {
        model.addAttribute("lang", language.code());
        model.addAttribute("other", language == Language.ES ? "en" : "es");
        model.addAttribute("t", new PageTexts(texts, language));
    }

    private static java.util.Optional<Integer> parse(String number) {
        return number.matches("\\d{1,2}") ? java.util.Optional.of(Integer.parseInt(number)) : java.util.Optional.empty();
    }
}
