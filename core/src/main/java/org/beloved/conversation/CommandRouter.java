package org.beloved.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the command a message names: the longest run of leading words that is a keyword. A
 * command that takes no arguments matches only the whole message.
 */
final class CommandRouter {

    record Match(Command command, String arguments) {
    }

    private final Map<String, Command> byKeyword = new HashMap<>();
    private final int longestKeyword;

    CommandRouter(List<Command> commands) {
        int longest = Intents.SYNONYMS.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        for (Command command : commands) {
            for (String keyword : command.keywords()) {
                String key = Keywords.normalize(keyword);
                if (!key.equals(keyword)) {
                    throw new IllegalStateException("Keyword '" + keyword + "' of " + command.getClass().getName()
                            + " must be written as it is matched: '" + key + "'");
                }
                Command previous = byKeyword.putIfAbsent(key, command);
                if (previous != null) {
                    throw new IllegalStateException("Keyword '" + key + "' belongs to both "
                            + previous.getClass().getName() + " and " + command.getClass().getName());
                }
                longest = Math.max(longest, key.split(" ").length);
            }
        }
        this.longestKeyword = longest;
    }

    /**
     * The command the text names: as written, then under another name people give it
     * ({@link Intents#SYNONYMS}), then without polite words around it ("please send the toolkit").
     */
    Optional<Match> match(String text) {
        Optional<Match> match = matchWords(text);
        if (match.isEmpty()) {
            String stripped = Intents.withoutFillers(text);
            if (stripped != null) {
                return matchWords(stripped);
            }
        }
        return match;
    }

    /** Whether some command has this keyword (as written, or a synonym of one). */
    boolean knows(String key) {
        return byKeyword.containsKey(key) || byKeyword.containsKey(Intents.SYNONYMS.getOrDefault(key, ""));
    }

    java.util.Set<String> keywords() {
        return byKeyword.keySet();
    }

    /** The command the text names as written (keyword or synonym), polite words not stripped. */
    Optional<Match> matchWords(String text) {
        List<Keywords.Word> words = Keywords.words(text);
        for (int n = Math.min(longestKeyword, words.size()); n >= 1; n--) {
            String key = String.join(" ", words.subList(0, n).stream().map(Keywords.Word::key).toList());
            Command command = byKeyword.get(key);
            if (command == null && Intents.SYNONYMS.containsKey(key)) {
                command = byKeyword.get(Intents.SYNONYMS.get(key));
            }
            if (command == null) {
                continue;
            }
            String arguments = String.join(" ", words.subList(n, words.size()).stream().map(Keywords.Word::raw).toList());
            if (arguments.isEmpty() || command.takesArguments()) {
                return Optional.of(new Match(command, arguments));
            }
        }
        return Optional.empty();
    }
}
