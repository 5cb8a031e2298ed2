package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordMessageSplitterTest {

    @Test
    void aShortTextIsOneMessage() {
        assertThat(DiscordMessageSplitter.split("Hello.\n\nBye.")).containsExactly("Hello.\n\nBye.");
    }

    @Test
    void paragraphsComeFirst() {
        String p = "x".repeat(1200);
        assertThat(DiscordMessageSplitter.split(p + "\n\n" + p)).containsExactly(p, p);
    }

    @Test
    void thenSentencesThenAHardCut() {
        String sentence = "word ".repeat(199) + "end. ";   // 1,000 characters
        List<String> parts = DiscordMessageSplitter.split(sentence.repeat(3).strip());
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(1999).endsWith("end.");   // two sentences: the third does not fit

        List<String> hard = DiscordMessageSplitter.split("y".repeat(4500));
        assertThat(hard).extracting(String::length).containsExactly(2000, 2000, 500);
    }

    @Test
    void neverEndsOnABareListNumberNorAtAnAbbreviation() {
        String list = "a".repeat(1990) + "\n4\nBuild an interfaith team.";
        assertThat(DiscordMessageSplitter.split(list)).first().asString().endsWith("a");
        String sentence = "In Galarza v. Szalczyk the court said so, see https://example.org/case. ";
        String text = sentence.repeat(28) + "In Galarza v. Szalczyk the court said it once more and then some more words go on";
        List<String> parts = DiscordMessageSplitter.split(text);
        assertThat(parts).hasSizeGreaterThan(1);
        for (String part : parts.subList(0, parts.size() - 1)) {
            assertThat(part).endsWith("case.");
        }
    }

    @Test
    void neverCutsASurrogatePair() {
        String text = "y".repeat(1999) + "😀" + "z";
        List<String> parts = DiscordMessageSplitter.split(text);
        assertThat(parts).containsExactly("y".repeat(1999), "😀z");
    }

    @Test
    void componentIdsCarryTheirIssueTimeAndOldOnesParseWithout() {
        Instant issued = Instant.parse("2026-11-30T09:00:00Z");
        ComponentId id = ComponentId.of("hide", "42").ownedBy("123").issuedAt(issued);

        assertThat(ComponentId.parse(id.encode())).contains(id);
        assertThat(id.encode()).startsWith("hide:42@123~");
        assertThat(ComponentId.parse("hide:42")).get().extracting(ComponentId::issued).isNull();
        assertThat(ComponentId.parse("hide:42~zz!")).isEmpty();
    }
}
