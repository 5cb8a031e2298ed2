package org.beloved.sms;

/**
 * Replaces characters that force UCS-2 (and so more than double the segments) by their GSM-7
 * twins where one exists: curly quotes, en and em dashes, the ellipsis, non-breaking spaces.
 * Letters such as á or í have no twin and are kept: Spanish is written correctly.
 */
final class GsmText {

    private GsmText() {
    }

    static String twins(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u2033' -> out.append('"');
                case '\u2013', '\u2014', '\u2012', '\u2212' -> out.append('-');
                case '\u2026' -> out.append("...");
                case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
