package org.beloved.sms;

import java.util.BitSet;
import java.util.List;
import org.beloved.shared.CleanText;

/**
 * How many SMS segments a text takes. GSM-7 texts take 160 septets in one segment, 153 per
 * segment when concatenated; characters of the GSM-7 extension table take two septets and are
 * never split across segments. Any other character forces UCS-2: 70 UTF-16 units in one
 * segment, 67 per segment when concatenated, surrogate pairs never split.
 */
public final class Segments {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENDED = "^{}\\[~]|€\f";
    /** The characters above as sets: every webhook answer and every text sent is counted, character by character. */
    private static final BitSet GSM7 = set(BASIC + EXTENDED);
    private static final BitSet TWO_SEPTETS = set(EXTENDED);

    /** The encoding a text needs. */
    public enum Encoding { GSM7, UCS2 }

    private Segments() {
    }

    public static Encoding encoding(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!GSM7.get(text.charAt(i))) {
                return Encoding.UCS2;
            }
        }
        return Encoding.GSM7;
    }

    /** The number of segments {@code text} is sent as (an empty text is one segment). */
    public static int count(String text) {
        return encoding(text) == Encoding.GSM7 ? gsm7(text) : ucs2(text);
    }

    /** The segments of a webhook's answer, its messages as TwiML sends them (without the control characters it drops). */
    public static int ofReply(List<String> messages) {
        int segments = 0;
        for (String message : messages) {
            segments += count(CleanText.strip(message));
        }
        return segments;
    }

    private static int gsm7(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += cost(text.charAt(i));
        }
        if (septets <= 160) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = cost(text.charAt(i));
            if (used + c > 153) {
                segments++;
                used = 0;
            }
            used += c;
        }
        return segments;
    }

    private static int ucs2(String text) {
        if (text.length() <= 70) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int units = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
            if (used + units > 67) {
                segments++;
                used = 0;
            }
            used += units;
            i += units - 1;
        }
        return segments;
    }

    private static BitSet set(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }

    private static int cost(char c) {
        return TWO_SEPTETS.get(c) ? 2 : 1;
    }
}
