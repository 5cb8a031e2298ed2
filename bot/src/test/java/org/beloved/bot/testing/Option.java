package org.beloved.bot.testing;

import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** A slash command option as Discord sends it in an interaction (type numbers are Discord's). */
public record Option(String name, int type, Object value, List<Option> options, boolean focused) {

    public static Option string(String name, String value) {
        return new Option(name, 3, value, List.of(), false);
    }

    public static Option integer(String name, long value) {
        return new Option(name, 4, value, List.of(), false);
    }

    public static Option bool(String name, boolean value) {
        return new Option(name, 5, value, List.of(), false);
    }

    /** A role option: Discord sends the id and the role itself under {@code data.resolved.roles}. */
    public static Option role(String name, String roleId) {
        return new Option(name, 8, roleId, List.of(), false);
    }

    public static Option subcommand(String name, Option... options) {
        return new Option(name, 1, null, List.of(options), false);
    }

    /** The string option being typed, for autocomplete. */
    public static Option focused(String name, String partial) {
        return new Option(name, 3, partial, List.of(), true);
    }

    DataObject toJson() {
        DataObject json = DataObject.empty().put("name", name).put("type", type);
        if (value != null) {
            json.put("value", value);
        }
        if (focused) {
            json.put("focused", true);
        }
        if (type == 1 || type == 2) {
            json.put("options", array(options));
        }
        return json;
    }

    static DataArray array(List<Option> options) {
        DataArray array = DataArray.empty();
        options.forEach(o -> array.add(o.toJson()));
        return array;
    }
}
