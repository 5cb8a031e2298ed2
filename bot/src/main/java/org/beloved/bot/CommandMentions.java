package org.beloved.bot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.springframework.stereotype.Component;

/**
 * The ids Discord gave the registered commands, to write clickable mentions ({@code </name:id>}).
 * Kept in memory by the instance that holds the gateway, which is also the one that answers
 * interactions; before registration completes a mention falls back to plain {@code /name}.
 */
@Component
class CommandMentions {

    private final Map<String, String> ids = new ConcurrentHashMap<>();

    /** Records a registration's result; {@code guildId} null for the global set. */
    void registered(String guildId, List<Command> commands) {
        commands.forEach(c -> ids.put(key(guildId, c.getName()), c.getId()));
    }

    /**
     * How to write {@code command} (its name, or "name subcommand") in a message in {@code guildId}
     * (null in a DM): a mention when its id is known there, otherwise {@code /command}.
     */
    String mention(String command, String guildId) {
        String name = command.split(" ")[0];
        String id = ids.get(key(null, name));
        if (id == null && guildId != null) {
            id = ids.get(key(guildId, name));
        }
        return id == null ? "/" + command : "</" + command + ":" + id + ">";
    }

    private static String key(String guildId, String name) {
        return (guildId == null ? "global" : guildId) + "/" + name;
    }
}
