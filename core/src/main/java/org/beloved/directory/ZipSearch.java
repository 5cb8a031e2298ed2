package org.beloved.directory;

import java.util.Optional;
import java.util.regex.Pattern;
import org.beloved.conversation.FreeText;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.stereotype.Component;

/**
 * A message that is only a number is a ZIP code, and so is a short one that gives a ZIP ("my zip
 * is 60614", "mi código postal es 60609"): the partners nearest it, or why it is not one.
 */
@Component
class ZipSearch implements FreeText {

    private static final Pattern NUMBERISH = Pattern.compile("[\\d\\s-]*\\d[\\d\\s-]*");

    private final PartnerReplies replies;

    ZipSearch(PartnerReplies replies) {
        this.replies = replies;
    }

    @Override
    public boolean accepts(String text) {
        return NUMBERISH.matcher(text).matches() || ZipCodes.inMessage(text).isPresent();
    }

    @Override
    public Outcome handle(Turn turn, String text) {
        return replies.search(turn, text);
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.zip");
    }

    @Override
    public int helpOrder() {
        return 10;
    }
}
