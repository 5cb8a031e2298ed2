package org.beloved.directory;

import java.util.Arrays;
import java.util.Optional;
import org.beloved.conversation.Keywords;

/** The faith traditions a congregation can choose, in the order people are shown them. */
public enum Tradition {
    CATHOLIC, PROTESTANT, EVANGELICAL, ORTHODOX_CHRISTIAN, JEWISH, MUSLIM, UNITARIAN_UNIVERSALIST, BUDDHIST,
    HINDU, SIKH, BAHAI, QUAKER, INTERFAITH, OTHER;

    /** The message key of its name. */
    public String key() {
        return "tradition." + name().toLowerCase().replace('_', '-');
    }

    /** 1-based, as in numbered choices. */
    public int number() {
        return ordinal() + 1;
    }

    /** A tradition from its number ("3") or its code ("EVANGELICAL", "orthodox-christian"). */
    public static Optional<Tradition> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,2}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= values().length ? Optional.of(values()[n - 1]) : Optional.empty();
        }
        String key = Keywords.normalize(t.replace('-', ' ').replace('_', ' ')).replace(" ", "");
        return Arrays.stream(values()).filter(v -> v.name().replace("_", "").equals(key)).findFirst();
    }
}
