package org.beloved.conversation;

import java.util.List;
import java.util.function.Supplier;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;

/**
 * One inbound message being handled: who sent it, in which language to answer, and the bot's
 * sentences in that language. Handlers build their replies through {@link #t}.
 */
public final class Turn {

    private final Inbound inbound;
    private final Texts texts;
    private final Supplier<List<String>> helpKeys;
    private Language language;
    private boolean languageChanged;
    private boolean firstContact;

    Turn(Inbound inbound, Language language, Texts texts, Supplier<List<String>> helpKeys) {
        this.inbound = inbound;
        this.language = language;
        this.texts = texts;
        this.helpKeys = helpKeys;
    }

    public Inbound inbound() {
        return inbound;
    }

    public Language language() {
        return language;
    }

    /** The bot sentence {@code key} in the sender's language. */
    public String t(String key, Object... args) {
        return texts.get(language, key, args);
    }

    /** One line per thing the bot can do, in the sender's language, for HELP and MENU. */
    public List<String> helpLines() {
        return helpKeys.get().stream().map(this::t).toList();
    }

    /** Answers in {@code newLanguage} from now on, for this sender; remembered even when it was already so. */
    public void switchLanguage(Language newLanguage) {
        languageChanged = true;
        language = newLanguage;
    }

    boolean languageChanged() {
        return languageChanged;
    }

    /** Whether the bot has never answered this sender before (no language remembered for them). */
    boolean firstContact() {
        return firstContact;
    }

    void firstContact(boolean value) {
        firstContact = value;
    }
}
