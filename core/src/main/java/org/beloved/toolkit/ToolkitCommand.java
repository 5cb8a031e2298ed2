package org.beloved.toolkit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beloved.conversation.Command;
import org.beloved.conversation.Flow;
import org.beloved.conversation.FlowState;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.stereotype.Component;

/**
 * TOOLKIT (GUIA): the sections as a numbered list; TOOLKIT 3, SECTION 3, SECCIÓN 3, or a bare 3
 * right after the list, sends section 3's summary and its web link, and MORE sends the full text,
 * ending with which section comes next. A message about a section's topic ("detainer", "derechos")
 * is that section; one about several ("sheriff") lists just those. An unknown number gets the list
 * again with a hint. Anything else after a list is handled as usual.
 */
@Component
class ToolkitCommand implements Command, Flow {

    private final Toolkit toolkit;
    private final ToolkitTopics topics;

    ToolkitCommand(Toolkit toolkit) {
        this.toolkit = toolkit;
        this.topics = new ToolkitTopics(toolkit);
    }

    /** A few words naming a section's topic. */
    boolean accepts(String text) {
        return !topics.about(text).isEmpty();
    }

    /** The section the text is about, or a list of the few it could mean. */
    Outcome handle(Turn turn, String text) {
        List<Integer> about = topics.about(text);
        if (about.size() == 1) {
            return section(turn, Integer.toString(about.get(0)));
        }
        List<Section> sections = toolkit.sections(turn.language()).stream().filter(s -> about.contains(s.number())).toList();
        return list(turn, "toolkit.several", sections);
    }


    @Override
    public String id() {
        return "toolkit-list";
    }

    @Override
    public Set<String> keywords() {
        return Set.of("TOOLKIT", "GUIA", "GUIDE");
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.toolkit");
    }

    @Override
    public int helpOrder() {
        return 40;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        if (arguments.isBlank()) {
            return list(turn, "toolkit.list");
        }
        String number = arguments.strip().replaceFirst("^#", "");
        if (!number.matches("\\d{1,2}") && accepts(arguments)) {
            return handle(turn, arguments);
        }
        return section(turn, number);
    }

    /** Right after the list: a number picks a section; anything else is not for this flow. */
    @Override
    public Outcome answer(Turn turn, FlowState state, String text) {
        return text.strip().matches("\\d{1,2}") ? section(turn, text) : Outcome.decline();
    }

    private Outcome section(Turn turn, String typed) {
        Optional<Section> section = typed.strip().matches("\\d{1,2}")
                ? toolkit.section(turn.language(), Integer.parseInt(typed.strip()))
                : Optional.empty();
        if (section.isEmpty()) {
            return list(turn, "toolkit.unknown");
        }
        Section s = section.get();
        return Outcome.reply(turn.t("toolkit.section", s.number(), s.title(), s.sms(), toolkit.link(s)))
                .withMore(s.number() + ". " + s.title() + "\n\n" + toolkit.plainText(s) + "\n\n" + whatNext(turn, s));
    }

    /** The end of a full section names the section that comes next, or says the toolkit ends. */
    private String whatNext(Turn turn, Section section) {
        return toolkit.sections(turn.language()).stream().filter(s -> s.number() > section.number()).findFirst()
                .map(next -> turn.t("toolkit.next", next.number(), next.title()))
                .orElseGet(() -> turn.t("toolkit.last"));
    }

    private Outcome list(Turn turn, String key) {
        return list(turn, key, toolkit.sections(turn.language()));
    }

    private Outcome list(Turn turn, String key, List<Section> sections) {
        String lines = sections.stream().map(s -> s.number() + " " + s.title()).collect(Collectors.joining("\n"));
        return Outcome.ask(FlowState.start(id(), "pick"), turn.t(key) + "\n" + lines);
    }
}
