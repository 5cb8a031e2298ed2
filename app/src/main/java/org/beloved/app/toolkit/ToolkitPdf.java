package org.beloved.app.toolkit;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.app.directory.WebProperties;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.toolkit.Section;
import org.beloved.toolkit.Toolkit;
import org.beloved.toolkit.ToolkitSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The whole toolkit as one printable PDF: a title page with the web address and, when configured,
 * the SMS number and the commands in the PDF's language; a table of contents with page numbers;
 * then every section, rendered from the same Markdown as the web pages. A section starts on a new
 * page only when less than {@link #MIN_ROOM} of the page is left, so short sections share pages.
 * Template sections (id {@code template-...}) are fill-in pages: each one starts a page and every
 * {@code [FIELD]} is followed by a line to write on. Built once per language (the toolkit does
 * not change while the bot runs).
 */
@Component
class ToolkitPdf {

    /** A section that would start with less room than this left on the page starts on the next page. */
    static final String MIN_ROOM = "8cm";
    private static final Pattern FIELD = Pattern.compile("\\[([\\p{Lu}\\d][\\p{Lu}\\d ,.'/()-]*)\\]");
    private static final String WRITE_ON = "_".repeat(28);

    private static final String STYLE = """
            @page { size: letter; margin: 2cm; @bottom-center { content: counter(page); font-size: 9pt; } }
            body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; }
            .title-page { page-break-after: always; text-align: center; padding-top: 5cm; }
            .title-page h1 { font-size: 32pt; color: #7a2e8e; }
            .title-page .reach { margin-top: 3cm; font-size: 12pt; }
            .toc { page-break-after: always; }
            .toc a { color: #000; text-decoration: none; }
            .toc a::after { content: leader('.') target-counter(attr(href), page); }
            .section { -fs-page-break-min-height: %s; margin-top: 1.2cm; }
            .section:first-of-type { margin-top: 0; }
            .template { page-break-before: always; margin-top: 0; }
            .template .field { font-weight: bold; }
            .template .write-on { color: #555; }
            h1, h2, h3 { page-break-after: avoid; }
            h2 { color: #7a2e8e; }
            """.formatted(MIN_ROOM);

    private final Toolkit toolkit;
    private final Texts texts;
    private final ToolkitSettings settings;
    private final WebProperties web;
    private final Map<Language, byte[]> cache = new EnumMap<>(Language.class);

    ToolkitPdf(Toolkit toolkit, Texts texts, ToolkitSettings settings, WebProperties web) {
        this.toolkit = toolkit;
        this.texts = texts;
        this.settings = settings;
        this.web = web;
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
                .append(esc(texts.get(language, "web.toolkit.subtitle"))).append("</p>");
        html.append("<div class=\"reach\"><p>").append(esc(texts.get(language, "web.toolkit.pdf.read-online", webAddress(language))))
                .append("</p>");
        if (web.hasSmsNumber()) {
            html.append("<p>").append(esc(texts.get(language, "web.toolkit.pdf.text-us", displayed(web.smsNumber()))))
                    .append("</p>");
        }
        html.append("</div></div>");
        html.append("<div class=\"toc\"><h2>").append(esc(texts.get(language, "web.toolkit.contents"))).append("</h2><ol>");
        for (Section s : toolkit.sections(language)) {
            html.append("<li><a href=\"#s").append(s.number()).append("\">").append(esc(s.title())).append("</a></li>");
        }
        html.append("</ol></div>");
        for (Section s : toolkit.sections(language)) {
            boolean template = s.id().startsWith("template-");
            html.append("<div class=\"section").append(template ? " template" : "").append("\" id=\"s").append(s.number())
                    .append("\"><h1>").append(s.number()).append(". ").append(esc(s.title())).append("</h1>")
                    .append(template ? fillIn(toolkit.html(s)) : toolkit.html(s)).append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    /** Every {@code [FIELD]} in a template's text, followed by a line to write on. */
    static String fillIn(String html) {
        Matcher m = FIELD.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<span class=\"field\">[" + m.group(1)
                    + "]</span> <span class=\"write-on\">" + WRITE_ON + "</span>"));
        }
        return m.appendTail(out).toString();
    }

    /** The toolkit's web address in this language ({@code beloved.toolkit.public-url}). */
    private String webAddress(Language language) {
        return settings.publicUrl().toString().replaceAll("/+$", "") + "/toolkit"
                + (language == Language.ES ? "?lang=es" : "");
    }

    /** +14155550123 as (415) 555-0123; other numbers as configured. */
    static String displayed(String e164) {
        return e164.matches("\\+1\\d{10}")
                ? "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8)
                : e164;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
