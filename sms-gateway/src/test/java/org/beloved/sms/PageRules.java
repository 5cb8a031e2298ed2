package org.beloved.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader expects of the pages of one text, as a list of problems (empty when all is well):
 * each page within the segment budget as sent; a page ends at a line end, or at a sentence end
 * inside a line, or at a clause end inside a sentence longer than a page; never on a bare list number; and every link arrives whole on the page that has
 * its sentence.
 */
final class PageRules {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?][\"')»]*");
    private static final Pattern CLAUSE_END = Pattern.compile("(?s).*[,;:]");
    private static final Pattern BARE_NUMBER_END = Pattern.compile("(?s)(.*\\n)?\\d{1,3}[.)]?");

    private PageRules() {
    }

    /**
     * @param source the whole text, as the pager got it
     * @param sent the messages as sent: every page but the last ends with {@code moreLine}
     */
    static List<String> problems(String source, List<String> sent, int budget, String moreLine) {
        List<String> problems = new ArrayList<>();
        int cursor = 0;
        for (int i = 0; i < sent.size(); i++) {
            String message = sent.get(i);
            if (Segments.count(message) > budget) {
                problems.add("page %d takes %d segments: %s".formatted(i + 1, Segments.count(message), message));
            }
            boolean last = i == sent.size() - 1;
            String page = last ? message : strip(message, moreLine, problems);
            int at = source.indexOf(page, cursor);
            if (at < 0 || !source.substring(cursor, at).isBlank()) {
                problems.add("page %d is not the next part of the text: %s".formatted(i + 1, page));
                return problems;
            }
            cursor = at + page.length();
            if (!last) {
                boundary(source, cursor, page, i + 1, problems, moreLine, budget);
            }
        }
        if (!source.substring(cursor).isBlank()) {
            problems.add("the text does not end with the last page: " + source.substring(cursor));
        }
        return problems;
    }

    private static String strip(String message, String moreLine, List<String> problems) {
        if (!message.endsWith("\n" + moreLine)) {
            problems.add("a page before the last lacks the MORE line: " + message);
            return message;
        }
        return message.substring(0, message.length() - moreLine.length() - 1);
    }

    private static void boundary(String source, int end, String page, int number, List<String> problems, String more,
            int budget) {
        boolean lineEnd = end == source.length() || source.charAt(end) == '\n';
        boolean clauseEnd = CLAUSE_END.matcher(page).matches() || source.startsWith(" (", end);
        if (!lineEnd && !SENTENCE_END.matcher(page).matches() && !(clauseEnd && longerThanAPage(source, end, more, budget))) {
            problems.add("page %d ends inside a sentence: ...%s".formatted(number, tail(page)));
        }
        if (BARE_NUMBER_END.matcher(page).matches()) {
            problems.add("page %d ends on a bare list number: ...%s".formatted(number, tail(page)));
        }
        Matcher links = LINK.matcher(source);
        while (links.find()) {
            if (links.start() < end && links.end() > end) {
                problems.add("page %d cuts a link: %s".formatted(number, links.group()));
            }
        }
    }

    /** Whether the sentence around {@code at} cannot fit one page: then it may end at a clause. */
    private static boolean longerThanAPage(String source, int at, String more, int budget) {
        Matcher before = Pattern.compile("(?s).*(?:(?<![\\s(]\\p{L})[.!?][\"')»]* +(?=[\"'(«¿¡]*[\\p{Lu}\\d])|\\n)").matcher(source.substring(0, at));
        int start = before.lookingAt() ? before.end() : 0;
        Matcher after = Pattern.compile("(?<![\\s(]\\p{L})[.!?][\"')»]*(?= +[\"'(«¿¡]*[\\p{Lu}\\d]|\\n|$)|\\n").matcher(source);
        int end = after.find(at) ? after.end() : source.length();
        return Segments.count(source.substring(start, end) + "\n" + more) > budget;
    }

    private static String tail(String page) {
        return page.substring(Math.max(0, page.length() - 40));
    }
}
