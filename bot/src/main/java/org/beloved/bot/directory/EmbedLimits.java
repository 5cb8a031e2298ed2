package org.beloved.bot.directory;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Discord's embed limits (title 256, field name 256, field value 1,024, 25 fields, 6,000 in all):
 * texts are cut with an ellipsis to fit, so that an embed of long names and emails is never refused.
 */
final class EmbedLimits {

    static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;
    static final int FIELD_NAME = MessageEmbed.TITLE_MAX_LENGTH;
    static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
    static final int FIELDS = 25;
    static final int TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;

    private EmbedLimits() {
    }

    /** At most {@code max} characters: cut with "…", never inside a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Adds a field cut to the limits; past 25 fields or the total, nothing more is added. */
    static void field(EmbedBuilder embed, String name, String value) {
        String n = cut(name.isBlank() ? "-" : name, FIELD_NAME);
        String v = cut(value.isBlank() ? "-" : value, FIELD_VALUE);
        if (embed.getFields().size() < FIELDS && embed.length() + n.length() + v.length() <= TOTAL) {
            embed.addField(n, v, false);
        }
    }
}
