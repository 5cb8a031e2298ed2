package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentsTest {

    @ParameterizedTest(name = "{0} x{1} -> {2}, {3}")
    @CsvSource({
        // character, repeat, encoding, segments
        "a, 0, GSM7, 1",
        "a, 160, GSM7, 1",
        "a, 161, GSM7, 2",
        "a, 306, GSM7, 2",
        "a, 307, GSM7, 3",
        "€, 80, GSM7, 1",    // extension: two septets each, 160 in all
        "€, 81, GSM7, 2",
        "[, 81, GSM7, 2",
        "ñ, 160, GSM7, 1",   // ñ, é, ü and ¿ are in the GSM-7 basic set
        "é, 161, GSM7, 2",
        "á, 70, UCS2, 1",    // á, í, ó, ú are not
        "á, 71, UCS2, 2",
        "í, 134, UCS2, 2",
        "ó, 135, UCS2, 3",
        "’, 1, UCS2, 1"})
    void countsKnownVectors(String c, int repeat, Segments.Encoding encoding, int segments) {
        String text = c.repeat(repeat);
        assertThat(Segments.encoding(text)).isEqualTo(encoding);
        assertThat(Segments.count(text)).isEqualTo(segments);
    }

    @ParameterizedTest
    @CsvSource({"'Hello, world! 94110: San Francisco, CA', GSM7", "'¿Dónde queda?', UCS2", "'¿Qué pasó?', UCS2",
        "'Año nuevo, ¡Español!', GSM7", "'emoji 🙏', UCS2"})
    void tellsGsm7FromUcs2(String text, Segments.Encoding encoding) {
        assertThat(Segments.encoding(text)).isEqualTo(encoding);
    }

    @org.junit.jupiter.api.Test
    void neverSplitsAnEscapePairAcrossSegments() {
        String text = "a".repeat(152) + "[" + "a".repeat(152);   // 306 septets: 2 segments if split, 3 if not
        assertThat(Segments.count(text)).isEqualTo(3);
        assertThat(Segments.count("a".repeat(151) + "[" + "a".repeat(153))).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"35, 1", "36, 2", "69, 3", "100, 4"})
    void neverSplitsASurrogatePair(int pairs, int segments) {
        assertThat(Segments.count("🙏".repeat(pairs))).isEqualTo(segments);
    }
}
