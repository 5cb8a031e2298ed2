package org.beloved.directory;

import java.util.Optional;
import java.util.regex.Pattern;
import org.beloved.conversation.FreeText;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.stereotype.Component;

/**
 * A message that is only a number answers as a ZIP code: where it is, or why it is not one.
 * (The partner search will take this over.)
 */
@Component
class ZipCodeReply implements FreeText {

    private static final Pattern NUMBERISH = Pattern.compile("[\\d\\s-]*\\d[\\d\\s-]*");

    private final ZipCodes zipCodes;

    ZipCodeReply(ZipCodes zipCodes) {
        this.zipCodes = zipCodes;
    }

    @Override
    public boolean accepts(String text) {
        return NUMBERISH.matcher(text).matches();
    }

    @Override
    public Outcome handle(Turn turn, String text) {
        ZipLookup lookup = zipCodes.lookup(text);
        if (lookup instanceof ZipLookup.Found found) {
            ZipCode zip = found.zipCode();
            return Outcome.reply(turn.t("zip.found", zip.zip(), zip.city(), zip.state()));
        }
        if (lookup instanceof ZipLookup.Unknown unknown) {
            return Outcome.reply(turn.t("zip.unknown", unknown.zip()));
        }
        return Outcome.reply(turn.t("zip.malformed"));
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
