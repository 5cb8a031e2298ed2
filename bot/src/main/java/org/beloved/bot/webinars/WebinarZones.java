package org.beloved.bot.webinars;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;

/** Time zones an organizer can pick: the U.S. ones first by their everyday names, then any IANA zone. */
final class WebinarZones {

    /** Everyday name to IANA id, in the order suggestions show them. */
    static final Map<String, String> COMMON = common();

    private static final List<String> ALL = ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/"))
            .filter(id -> !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted().toList();

    private WebinarZones() {
    }

    private static Map<String, String> common() {
        Map<String, String> zones = new LinkedHashMap<>();
        zones.put("Eastern", "America/New_York");
        zones.put("Central", "America/Chicago");
        zones.put("Mountain", "America/Denver");
        zones.put("Arizona", "America/Phoenix");
        zones.put("Pacific", "America/Los_Angeles");
        zones.put("Alaska", "America/Anchorage");
        zones.put("Hawaii", "Pacific/Honolulu");
        zones.put("Puerto Rico", "America/Puerto_Rico");
        return zones;
    }

    /** An IANA id in any letter case, or one of the everyday names. */
    static Optional<ZoneId> parse(String text) {
        String wanted = text.strip();
        return Stream.concat(COMMON.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(wanted)).map(Map.Entry::getValue),
                        ALL.stream().filter(id -> id.equalsIgnoreCase(wanted)))
                .findFirst().map(ZoneId::of);
    }

    /** At most 25 choices (Discord's limit) matching what was typed. */
    static List<Choice> suggest(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        Stream<Choice> common = COMMON.entrySet().stream()
                .filter(e -> matches(e.getKey(), t) || matches(e.getValue(), t))
                .map(e -> new Choice(e.getKey() + " (" + e.getValue() + ")", e.getValue()));
        Stream<Choice> others = ALL.stream().filter(id -> !COMMON.containsValue(id)).filter(id -> matches(id, t))
                .map(id -> new Choice(id, id));
        return Stream.concat(common, others).limit(25).toList();
    }

    private static boolean matches(String candidate, String typed) {
        return candidate.toLowerCase(Locale.ROOT).replace(' ', '_').contains(typed);
    }
}
