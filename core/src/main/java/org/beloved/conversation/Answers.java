package org.beloved.conversation;

import java.util.Set;

/**
 * Yes and no as flows accept them, in both languages. Flows never depend on a carrier keyword:
 * Y, OK, SI and SÍ work as well as YES.
 */
public final class Answers {

    private static final Set<String> YES = Set.of("YES", "Y", "OK", "SI", "YEP", "SURE", "CLARO", "YEAH",
            "YES PLEASE", "SI POR FAVOR", "CORRECT", "CORRECTO", "VALE", "DE ACUERDO", "OKAY", "SIP", "SII", "YES THANKS");
    private static final Set<String> NO = Set.of("NO", "N", "NOPE", "NAH", "NO THANKS", "NO GRACIAS", "NO THANK YOU");

    private Answers() {
    }

    public static boolean isYes(String text) {
        return YES.contains(Keywords.normalize(text));
    }

    public static boolean isNo(String text) {
        return NO.contains(Keywords.normalize(text));
    }

    /** SKIP, OMITIR, "none", "no email": the sender passes on a question that offered it. */
    public static boolean isSkip(String text) {
        return Intents.isSkip(text);
    }

    /** BACK, ATRÁS, VOLVER: the sender wants the previous question again. */
    public static boolean isBack(String text) {
        return Intents.isBack(text);
    }

    /**
     * Words that are never data, whatever the question: hesitations ("no sé"), leaving ("never
     * mind"), BACK and SKIP. A form stores none of them as an answer.
     */
    public static boolean isNotData(String text) {
        return Intents.isUnsure(text) || Intents.isLeave(text) || Intents.isBack(text) || Intents.isSkip(text)
                || Intents.isGreeting(text) || Intents.isThanks(text);
    }
}
