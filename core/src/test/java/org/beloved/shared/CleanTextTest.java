package org.beloved.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void controlCharactersGoExceptNewlineAndTab() {
        assertThat(CleanText.clean("St\u0001 Mary\u0007's\u001b[31m\u007f\u0085\u009f")).isEqualTo("St Mary's[31m");
        assertThat(CleanText.clean("line one\nline\ttwo")).isEqualTo("line one\nline\ttwo");
    }

    @Test
    void carriageReturnsBecomeNewlines() {
        assertThat(CleanText.clean("one\r\ntwo\rthree")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void textIsNormalisedToNfc() {
        String decomposed = "Jose\u0301 Marti\u0301";
        assertThat(CleanText.clean(decomposed)).isEqualTo("José Martí").hasSize(10);
        assertThat(CleanText.clean("Iglesia\u0007 Sa\u0303o")).isEqualTo("Iglesia São");
    }

    @Test
    void loneSurrogatesAndNonCharactersGoButEmojiStay() {
        assertThat(CleanText.clean("a\uD800b\uDC00c\uFFFEd\uFFFF")).isEqualTo("abcd");
        assertThat(CleanText.clean("peace \uD83D\uDD4A\uFE0F")).isEqualTo("peace \uD83D\uDD4A\uFE0F");
    }

    @Test
    void cleanTextComesBackAsTheSameString() {
        String text = "Temple Beth Shalom, Mission Friends — ñandú";
        assertThat(CleanText.clean(text)).isSameAs(text);
        assertThat(CleanText.clean(null)).isNull();
    }

    @Test
    void aNulIsRefusedByCleanAndRemovedByStrip() {
        assertThat(CleanText.hasNul("a\0b")).isTrue();
        assertThat(CleanText.hasNul("ab")).isFalse();
        assertThat(CleanText.hasNul(null)).isFalse();
        assertThatThrownBy(() -> CleanText.clean("JOIN\0")).isInstanceOf(CleanText.Unacceptable.class)
                .hasMessage("text must not contain NUL characters");
        assertThat(CleanText.strip("JO\0IN\u0002")).isEqualTo("JOIN");
    }
}
