package org.beloved.bot.directory;

import java.util.Arrays;
import java.util.Optional;
import org.beloved.bot.BotTexts;
import org.beloved.conversation.Keywords;
import org.beloved.directory.Tradition;
import org.beloved.shared.Language;

/** A tradition as typed in a form: its number, its code, or its name in English or Spanish. */
final class TraditionNames {

    private TraditionNames() {
    }

    static Optional<Tradition> parse(String typed, BotTexts texts) {
        Optional<Tradition> direct = Tradition.parse(typed);
        if (direct.isPresent()) {
            return direct;
        }
        String key = Keywords.normalize(typed).replace(" ", "");
        return Arrays.stream(Tradition.values())
                .filter(t -> Arrays.stream(Language.values())
                        .anyMatch(l -> Keywords.normalize(texts.t(l, t.key())).replace(" ", "").equals(key)))
                .findFirst();
    }
}
