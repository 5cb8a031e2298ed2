package org.beloved.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A button's or modal's custom id that says what it acts on: {@code handler:arg1:arg2}, plus
 * {@code @ownerId} for personal components that only one user may use, plus {@code ~issued} (epoch
 * seconds in base 36) for components that expire. At most 100 characters, Discord's limit;
 * arguments may not contain ':', '@' or '~'. Ids made before issue times existed parse with none.
 */
public record ComponentId(String handler, List<String> args, String owner, Instant issued) {

    public ComponentId {
        args = List.copyOf(args);
        for (String part : concat(handler, args)) {
            if (part.isEmpty() || part.contains(":") || part.contains("@") || part.contains("~")) {
                throw new IllegalArgumentException("bad component id part: '" + part + "'");
            }
        }
        if (owner != null && (owner.contains("~") || owner.contains(":"))) {
            throw new IllegalArgumentException("bad component id owner: '" + owner + "'");
        }
    }

    public ComponentId(String handler, List<String> args, String owner) {
        this(handler, args, owner, null);
    }

    public static ComponentId of(String handler, String... args) {
        return new ComponentId(handler, Arrays.asList(args), null, null);
    }

    /** The same id, usable only by {@code userId}. */
    public ComponentId ownedBy(String userId) {
        return new ComponentId(handler, args, userId, issued);
    }

    /** The same id, stamped with when it was issued (to the second), for buttons that expire. */
    public ComponentId issuedAt(Instant when) {
        return new ComponentId(handler, args, owner, Instant.ofEpochSecond(when.getEpochSecond()));
    }

    public String encode() {
        String encoded = String.join(":", concat(handler, args)) + (owner == null ? "" : "@" + owner)
                + (issued == null ? "" : "~" + Long.toString(issued.getEpochSecond(), 36));
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
        try {
            int tilde = customId.lastIndexOf('~');
            Instant issued = tilde < 0 ? null : Instant.ofEpochSecond(Long.parseLong(customId.substring(tilde + 1), 36));
            String rest = tilde < 0 ? customId : customId.substring(0, tilde);
            int at = rest.indexOf('@');
            String owner = at < 0 ? null : rest.substring(at + 1);
            String[] parts = (at < 0 ? rest : rest.substring(0, at)).split(":", -1);
            return Optional.of(new ComponentId(parts[0], Arrays.asList(parts).subList(1, parts.length),
                    owner == null || owner.isEmpty() ? null : owner, issued));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
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
