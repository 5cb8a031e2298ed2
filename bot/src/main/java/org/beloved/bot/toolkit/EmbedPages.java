package org.beloved.bot.toolkit;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Long Markdown as Discord embeds within Discord's limits: at most 4,096 characters of description
 * per embed and 6,000 characters per message (title included). Breaks between paragraphs, then
 * lines, then words.
 */
final class EmbedPages {

    static final int DESCRIPTION = 4096;
    static final int MESSAGE = 6000;

    private EmbedPages() {
    }

    /** Messages, each a list of embeds; the title goes on the first embed. */
    static List<List<MessageEmbed>> of(String title, String markdown, int color) {
        List<String> chunks = chunks(markdown, DESCRIPTION);
        List<List<MessageEmbed>> messages = new ArrayList<>();
        List<MessageEmbed> current = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < chunks.size(); i++) {
            String chunk = chunks.get(i);
            int cost = chunk.length() + (i == 0 ? title.length() : 0);
            if (!current.isEmpty() && (size + cost > MESSAGE || current.size() == 10)) {
                messages.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            EmbedBuilder embed = new EmbedBuilder().setColor(color).setDescription(chunk);
            if (i == 0) {
                embed.setTitle(title);
            }
            current.add(embed.build());
            size += cost;
        }
        if (!current.isEmpty()) {
            messages.add(current);
        }
        return messages;
    }

    static List<String> chunks(String text, int limit) {
        List<String> chunks = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = lastBreak(rest, limit, "\n\n");
            if (cut <= 0) {
                cut = lastBreak(rest, limit, "\n");
            }
            if (cut <= 0) {
                cut = lastBreak(rest, limit, " ");
            }
            if (cut <= 0) {
                cut = limit;
            }
            chunks.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }

    private static int lastBreak(String text, int limit, String separator) {
        return text.substring(0, limit + 1 <= text.length() ? limit + 1 : text.length()).lastIndexOf(separator);
    }
}
