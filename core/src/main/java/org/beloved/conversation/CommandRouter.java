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
        int longest = 1;
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

    Optional<Match> match(String text) {
        List<Keywords.Word> words = Keywords.words(text);
        for (int n = Math.min(longestKeyword, words.size()); n >= 1; n--) {
            String key = String.join(" ", words.subList(0, n).stream().map(Keywords.Word::key).toList());
            Command command = byKeyword.get(key);
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
