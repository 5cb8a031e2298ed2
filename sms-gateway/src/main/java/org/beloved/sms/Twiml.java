package org.beloved.sms;

import java.util.List;

/**
 * TwiML answers written directly: a {@code <Response>} with one {@code <Message><Body>} per text,
 * byte for byte what the Twilio SDK's {@code MessagingResponse.toXml()} writes (the test compares them).
 * The SDK builds a DOM and looks up an XML parser and transformer factory on every call, which in
 * the packaged jar scans the whole class path each time: most of a webhook's CPU time (JFR).
 */
final class Twiml {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private Twiml() {
    }

    static String messages(List<String> texts) {
        if (texts.isEmpty()) {
            return HEAD + "<Response/>";
        }
        StringBuilder xml = new StringBuilder(HEAD.length() + 32 + texts.stream().mapToInt(String::length).sum() * 11 / 10);
        xml.append(HEAD).append("<Response>");
        for (String text : texts) {
            if (text.isEmpty()) {
                xml.append("<Message><Body/></Message>");
            } else {
                escape(text, xml.append("<Message><Body>")).append("</Body></Message>");
            }
        }
        return xml.append("</Response>").toString();
    }

    /**
     * Text content as the JDK's serializer escapes it: {@code & < >}, a carriage return, and a
     * character beyond the Basic Multilingual Plane (an emoji) as a numeric reference.
     */
    private static StringBuilder escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append("&#").append(Character.toCodePoint(c, text.charAt(++i))).append(';');
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
