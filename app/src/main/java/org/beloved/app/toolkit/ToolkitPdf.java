package org.beloved.app.toolkit;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.toolkit.Section;
import org.beloved.toolkit.Toolkit;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The whole toolkit as one printable PDF: a title page, a table of contents with page numbers,
 * then every section, rendered from the same Markdown as the web pages. Built once per language
 * (the toolkit does not change while the bot runs).
 */
@Component
class ToolkitPdf {

    private static final String STYLE = """
            @page { size: letter; margin: 2cm; @bottom-center { content: counter(page); font-size: 9pt; } }
            body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; }
            .title-page { page-break-after: always; text-align: center; padding-top: 6cm; }
            .title-page h1 { font-size: 32pt; color: #7a2e8e; }
            .toc { page-break-after: always; }
            .toc a { color: #000; text-decoration: none; }
            .toc a::after { content: leader('.') target-counter(attr(href), page); }
            .section { page-break-before: always; }
            .section:first-of-type { page-break-before: avoid; }
            h2 { color: #7a2e8e; }
            """;

    private final Toolkit toolkit;
    private final Texts texts;
    private final Map<Language, byte[]> cache = new EnumMap<>(Language.class);

    ToolkitPdf(Toolkit toolkit, Texts texts) {
        this.toolkit = toolkit;
        this.texts = texts;
    }

    synchronized byte[] render(Language language) {
        return cache.computeIfAbsent(language, this::build);
    }

    private byte[] build(Language language) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml(language), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Well-formed XHTML: CommonMark's output, escaped titles, and the print style. */
    String xhtml(Language language) {
        StringBuilder html = new StringBuilder();
        String title = esc(texts.get(language, "web.toolkit.title"));
        html.append("<html lang=\"").append(language.code()).append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(title).append("</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<div class=\"title-page\"><h1>Beloved</h1><h2>").append(title).append("</h2><p>")
                .append(esc(texts.get(language, "web.toolkit.subtitle"))).append("</p></div>");
        html.append("<div class=\"toc\"><h2>").append(esc(texts.get(language, "web.toolkit.contents"))).append("</h2><ol>");
        for (Section s : toolkit.sections(language)) {
            html.append("<li><a href=\"#s").append(s.number()).append("\">").append(esc(s.title())).append("</a></li>");
        }
        html.append("</ol></div>");
        for (Section s : toolkit.sections(language)) {
            html.append("<div class=\"section\" id=\"s").append(s.number()).append("\"><h1>").append(s.number())
                    .append(". ").append(esc(s.title())).append("</h1>").append(toolkit.html(s)).append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
