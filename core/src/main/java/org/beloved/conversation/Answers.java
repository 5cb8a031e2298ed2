package org.beloved.conversation;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yes and no as flows accept them, in both languages. Flows never depend on a carrier keyword:
 * Y, OK, SI and SÍ work as well as YES.
 */
public final class Answers {

    private static final Set<String> YES = Set.of("YES", "Y", "OK", "SI", "YEP", "SURE", "CLARO", "YEAH",
            "YES PLEASE", "SI POR FAVOR", "CORRECT", "CORRECTO", "VALE", "DE ACUERDO", "OKAY", "SIP", "SII", "YES THANKS");
    private static final Set<String> NO = Set.of("NO", "N", "NOPE", "NAH", "NO THANKS", "NO GRACIAS", "NO THANK YOU");

    private static final String WHO = "name|church|congregation|parish|temple|mosque|synagogue|contact|contact person"
            + "|pastor|minister|reverend|priest|rabbi|imam|leader";
    private static final String QUIEN = "nombre|iglesia|congregaci[oó]n|parroquia|templo|mezquita|sinagoga|contacto"
            + "|persona de contacto|pastor|pastora|ministro|ministra|sacerdote|rabino|rabina|im[aá]n|l[ií]der";
    /** Polite lead-ins before a name: "My name is Ana", "The pastor is Ana", "Our church's name is Grace", "Me llamo Ana". */
    private static final List<Pattern> LEAD_INS = List.of(
            Pattern.compile("(?:my|our|the)\\s+(?:" + WHO + ")(?:['’]s\\s+name|\\s+name)?(?:\\s+is|['’]s)\\s+(.+)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?:i am|i['’]m|this is)\\s+(.+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:me llamo|mi nombre es|soy|se llama|nos llamamos|somos)\\s+(.+)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?:el|la|mi|nuestr[oa])\\s+(?:" + QUIEN + ")(?:\\s+se\\s+llama|\\s+es)\\s+(.+)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    private Answers() {
    }

    /**
     * A name typed as a polite sentence, without its lead-in: "My name is Ana." is "Ana", "The
     * pastor is Ana Ruiz" is "Ana Ruiz", "Me llamo Ana" is "Ana". Anything else is returned as it
     * came (stripped): "The Church of the Redeemer" has no lead-in. The caller still refuses what
     * remains if it is no data ({@link #isNotData}): "I am not sure" stays a hesitation.
     */
    public static String withoutLeadIn(String text) {
        String typed = text.strip();
        for (Pattern leadIn : LEAD_INS) {
            Matcher m = leadIn.matcher(typed);
            if (m.matches()) {
                return m.group(1).strip().replaceFirst("[.!]+$", "").strip();
            }
        }
        return typed;
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
