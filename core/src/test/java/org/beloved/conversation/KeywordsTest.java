package org.beloved.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void dropsCaseAccentsAndPunctuation() {
        assertThat(Keywords.normalize("¡Español!")).isEqualTo("ESPANOL");
        assertThat(Keywords.normalize("  help?  ")).isEqualTo("HELP");
        assertThat(Keywords.normalize("Menú")).isEqualTo("MENU");
        assertThat(Keywords.normalize("delete   my data.")).isEqualTo("DELETE MY DATA");
    }

    @Test
    void wordsOfOnlyPunctuationDisappear() {
        assertThat(Keywords.normalize("help - !")).isEqualTo("HELP");
        assertThat(Keywords.normalize("...")).isEmpty();
    }

    @Test
    void keepsDigitsTogetherWithinAWord() {
        assertThat(Keywords.normalize("partners 94110-1234")).isEqualTo("PARTNERS 941101234");
    }
}
