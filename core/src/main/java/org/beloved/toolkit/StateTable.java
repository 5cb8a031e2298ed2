package org.beloved.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.beloved.conversation.Keywords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The state table: for each state and DC, its stance on cooperation with ICE, its laws and their
 * sources. Read from {@code states.tsv} in {@code beloved.toolkit.dir} when that file exists
 * there, else from the shipped {@code toolkit/states.tsv}. A bad row is reported at startup by
 * file and line and left out; the bot keeps running.
 */
@Service
public class StateTable {

    static final String FILE = "states.tsv";
    private static final Logger log = LoggerFactory.getLogger(StateTable.class);

    private final List<StateLaw> states;
    private final List<ToolkitProblem> problems = new ArrayList<>();

    public StateTable(ToolkitSettings settings) {
        List<StateLaw> loaded = load(settings.dir());
        this.states = loaded.stream().sorted(Comparator.comparing(StateLaw::name)).toList();
        problems.forEach(p -> log.warn("State table row skipped: {}", p));
        log.info("State table: {} states", states.size());
    }

    /** Every state that loaded, by English name. */
    public List<StateLaw> states() {
        return states;
    }

    /** A state by its USPS code, any case ({@code tx}). */
    public Optional<StateLaw> byCode(String code) {
        return states.stream().filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** A state by code or name in either language, as typed: "TX", "texas", "Nueva York". */
    public Optional<StateLaw> find(String typed) {
        String key = Keywords.normalize(typed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return states.stream().filter(s -> key.equals(s.code()) || key.equals(Keywords.normalize(s.name()))
                || key.equals(Keywords.normalize(s.nameEs()))).findFirst();
    }

    /** What was left out at startup, and why. */
    public List<String> problems() {
        return problems.stream().map(ToolkitProblem::toString).toList();
    }

    private List<StateLaw> load(Path dir) {
        try {
            if (dir != null && Files.isRegularFile(dir.resolve(FILE))) {
                Path file = dir.resolve(FILE);
                return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            try (InputStream in = new ClassPathResource("toolkit/" + FILE).getInputStream()) {
                return parse("toolkit/" + FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            problems.add(new ToolkitProblem(FILE, 0, "cannot read the state table: " + e.getMessage()));
            return List.of();
        }
    }

    private List<StateLaw> parse(String source, String text) {
        StateTableParser.Parsed parsed = StateTableParser.parse(source, text);
        problems.addAll(parsed.problems());
        return parsed.states();
    }
}
