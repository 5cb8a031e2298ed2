package org.beloved.conversation;

import java.util.Set;

/**
 * Yes and no as flows accept them, in both languages. Flows never depend on a carrier keyword:
 * Y, OK, SI and SÍ work as well as YES.
 */
public final class Answers {

    private static final Set<String> YES = Set.of("YES", "Y", "OK", "SI", "YEP", "SURE", "CLARO");
    private static final Set<String> NO = Set.of("NO", "N", "NOPE");

    private Answers() {
    }

    public static boolean isYes(String text) {
        return YES.contains(Keywords.normalize(text));
    }

    public static boolean isNo(String text) {
        return NO.contains(Keywords.normalize(text));
    }
}
