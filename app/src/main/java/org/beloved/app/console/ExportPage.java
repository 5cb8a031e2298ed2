package org.beloved.app.console;

import org.beloved.app.backup.PortableExport;
import org.beloved.shared.Texts;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /organize/export}: the page says what the export holds; its button posts (with the CSRF
 * token, so no other site can start a download in an organizer's name) to
 * {@code /organize/export/download}, which streams the same portable export as
 * {@code GET /api/admin/export}, audited as {@code data.export} by the signed-in organizer.
 */
@Controller
class ExportPage {

    private final PortableExport export;
    private final Texts texts;

    ExportPage(PortableExport export, Texts texts) {
        this.export = export;
        this.texts = texts;
    }

    @GetMapping("/organize/export")
    String page(@RequestParam(defaultValue = "en") String lang, Model model) {
        ConsolePage.prepare(model, texts, lang, "export");
        return "console/export";
    }

    @PostMapping("/organize/export/download")
    ResponseEntity<StreamingResponseBody> download() {
        return export.download(ConsoleUsers.current().actor());
    }
}
