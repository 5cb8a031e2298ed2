package org.beloved.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A button's or modal's custom id that says what it acts on: {@code handler:arg1:arg2}, plus
 * {@code @ownerId} for personal components that only one user may use. At most 100 characters,
 * Discord's limit; arguments may not contain ':' or '@'.
 */
public record ComponentId(String handler, List<String> args, String owner) {

    public ComponentId {
        args = List.copyOf(args);
        for (String part : concat(handler, args)) {
            if (part.isEmpty() || part.contains(":") || part.contains("@")) {
                throw new IllegalArgumentException("bad component id part: '" + part + "'");
            }
        }
    }

    public static ComponentId of(String handler, String... args) {
        return new ComponentId(handler, Arrays.asList(args), null);
    }

    /** The same id, usable only by {@code userId}. */
    public ComponentId ownedBy(String userId) {
        return new ComponentId(handler, args, userId);
    }

    public String encode() {
        String encoded = String.join(":", concat(handler, args)) + (owner == null ? "" : "@" + owner);
        if (encoded.length() > 100) {
            throw new IllegalArgumentException("component id longer than 100 characters: " + encoded);
        }
        return encoded;
    }

    /** Empty for ids this bot did not make. */
    public static Optional<ComponentId> parse(String customId) {
        if (customId == null || customId.isEmpty()) {
            return Optional.empty();
        }
        int at = customId.indexOf('@');
        String owner = at < 0 ? null : customId.substring(at + 1);
        String[] parts = (at < 0 ? customId : customId.substring(0, at)).split(":", -1);
        try {
            return Optional.of(new ComponentId(parts[0], Arrays.asList(parts).subList(1, parts.length),
                    owner == null || owner.isEmpty() ? null : owner));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String arg(int index) {
        return args.get(index);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
