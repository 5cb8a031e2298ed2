package org.beloved.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.beloved.shared.Language;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The organizing toolkit, section by section, in English and Spanish: the shipped Markdown
 * files, or an organizer's own folder ({@code beloved.toolkit.dir}) of the same format. A bad
 * file is reported at startup by name and line and skipped; the bot keeps running.
 */
@Service
public class Toolkit {

    private static final Logger log = LoggerFactory.getLogger(Toolkit.class);

    private final Map<Language, List<Section>> sections = new EnumMap<>(Language.class);
    private final List<ToolkitProblem> problems = new ArrayList<>();
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();
    private final MarkdownRenderer markdown = MarkdownRenderer.builder().build();
    private final ToolkitSettings settings;

    public Toolkit(ToolkitSettings settings) {
        this.settings = settings;
        for (Language language : Language.values()) {
            sections.put(language, load(language));
        }
        problems.forEach(p -> log.warn("Toolkit file skipped: {}", p));
        log.info("Toolkit: {} sections in English, {} in Spanish, from {}", sections.get(Language.EN).size(),
                sections.get(Language.ES).size(), settings.dir() == null ? "the shipped files" : settings.dir());
    }

    /** Sections in number order. */
    public List<Section> sections(Language language) {
        return sections.get(language);
    }

    public Optional<Section> section(Language language, int number) {
        return sections.get(language).stream().filter(s -> s.number() == number).findFirst();
    }

    /** What was skipped at startup, and why. */
    public List<ToolkitProblem> problems() {
        return List.copyOf(problems);
    }

    /** The section's body as HTML (raw HTML in the Markdown is escaped, unsafe links removed). */
    public String html(Section section) {
        return html.render(parse(section));
    }

    /**
     * The section's body as plain text for SMS and Discord: one line per paragraph, heading or
     * list item (the Markdown's hard wraps are joined), blocks separated by a blank line.
     */
    public String plainText(Section section) {
        Node document = parser.parse(withSourcesLinked(section));
        document.accept(new Unwrap());
        return text.render(document).strip();
    }

    /**
     * The section's Markdown for a text message: its list of sources becomes the link to the section
     * on the web, where they are listed, and the review date stays. A dozen addresses would cost a
     * reader many texts; the sources stay one tap away.
     */
    private String withSourcesLinked(Section section) {
        String markdown = section.markdown().strip();
        boolean spanish = section.language() == Language.ES;
        int sources = markdown.lastIndexOf("\n" + (spanish ? "## Fuentes" : "## Sources") + "\n");
        if (sources < 0) {
            return markdown;
        }
        String lastLine = markdown.substring(markdown.lastIndexOf('\n') + 1);
        String reviewed = lastLine.startsWith(spanish ? "Última revisión:" : "Last reviewed:") ? "\n\n" + lastLine : "";
        return markdown.substring(0, sources) + "\n\n" + (spanish ? "Fuentes: " : "Sources: ") + link(section) + reviewed;
    }

    /**
     * The section's body as Markdown for chat (Discord): the same text with the source's hard
     * wraps joined, so each paragraph and list item is one line and the client wraps it.
     */
    public String chatMarkdown(Section section) {
        Node document = parse(section);
        document.accept(new Unwrap());
        return markdown.render(document).strip();
    }

    /** Where the full section is on the web. */
    public String link(Section section) {
        String base = settings.publicUrl().toString().replaceAll("/+$", "");
        return base + "/toolkit/" + section.number() + (section.language() == Language.ES ? "?lang=es" : "");
    }

    /** Turns every soft line break (a hard wrap in the source) into the space it stands for. */
    private static final class Unwrap extends AbstractVisitor {

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            softLineBreak.insertAfter(new Text(" "));
            softLineBreak.unlink();
        }
    }

    private Node parse(Section section) {
        return parser.parse(section.markdown());
    }

    private List<Section> load(Language language) {
        List<Section> loaded = new ArrayList<>();
        for (Map.Entry<String, String> file : files(language).entrySet()) {
            SectionParser.Parsed parsed = SectionParser.parse(file.getKey(), language, file.getValue());
            if (parsed.section() == null) {
                problems.addAll(parsed.problems());
            } else if (loaded.stream().anyMatch(s -> s.number() == parsed.section().number())) {
                problems.add(new ToolkitProblem(file.getKey(), 1, "another file already has number "
                        + parsed.section().number()));
            } else {
                loaded.add(parsed.section());
            }
        }
        loaded.sort(Comparator.comparingInt(Section::number));
        return List.copyOf(loaded);
    }

    /** File name to content, in name order, from the folder or the classpath. */
    private Map<String, String> files(Language language) {
        Map<String, String> files = new java.util.TreeMap<>();
        try {
            if (settings.dir() != null) {
                Path dir = settings.dir().resolve(language.code());
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> paths = Files.list(dir)) {
                        for (Path p : paths.filter(p -> p.toString().endsWith(".md")).toList()) {
                            files.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
                        }
                    }
                } else {
                    problems.add(new ToolkitProblem(dir.toString(), 0, "no such folder"));
                }
                return files;
            }
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:toolkit/" + language.code() + "/*.md")) {
                try (InputStream in = r.getInputStream()) {
                    files.put(language.code() + "/" + r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            problems.add(new ToolkitProblem(language.code(), 0, "cannot read the toolkit: " + e.getMessage()));
        }
        return files;
    }
}
