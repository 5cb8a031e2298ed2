package org.beloved.alerts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.beloved.directory.ZipCode;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.shared.Channel;
import org.beloved.shared.CleanText;
import org.springframework.stereotype.Component;

/**
 * Checks a draft field by field and says what to fix: both texts (at most {@value #MAX_TEXT}
 * characters, the stop line is added to them), exactly one audience, at least one channel.
 */
@Component
class AlertProblems {

    static final int MAX_TEXT = 600;
    static final double MAX_RADIUS_MILES = 500;
    static final int MAX_COUNTIES = 500;
    private static final Pattern FIPS = Pattern.compile("\\d{5}");

    private final ZipCodes zipCodes;

    AlertProblems(ZipCodes zipCodes) {
        this.zipCodes = zipCodes;
    }

    /** The valid alert, or the problems (field name to what to fix, in the draft's order). */
    Result check(AlertDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        String text = text(draft.text(), "text", problems);
        String textEs = text(draft.textEs(), "textEs", problems);
        List<String> counties = List.of();
        Optional<ZipCode> center = Optional.empty();
        boolean byCounty = draft.counties() != null;
        boolean byRadius = draft.zip() != null || draft.radiusMiles() != null;
        if (byCounty == byRadius) {
            problems.put("audience", "give exactly one audience: counties (a list of 5-digit FIPS codes), or zip and"
                    + " radiusMiles");
        } else if (byCounty) {
            counties = counties(draft.counties(), problems);
        } else {
            center = center(draft, problems);
        }
        Set<Channel> channels = channels(draft.channels(), problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new ValidAlert(text, textEs, counties, center, Optional.ofNullable(draft.radiusMiles()), channels,
                Boolean.TRUE.equals(draft.urgent())), Map.of());
    }

    record Result(ValidAlert alert, Map<String, String> problems) {
    }

    private static String text(String raw, String field, Map<String, String> problems) {
        if (CleanText.hasNul(raw)) {
            problems.put(field, field + " must not contain NUL characters");
            return null;
        }
        String text = raw == null ? "" : CleanText.clean(raw).strip();
        if (text.isEmpty()) {
            problems.put(field, field + " is required" + (field.equals("textEs") ? " (the text in Spanish)" : ""));
        } else if (text.length() > MAX_TEXT) {
            problems.put(field, field + " must be at most " + MAX_TEXT + " characters (it has " + text.length() + ")");
        }
        return text;
    }

    private static List<String> counties(List<String> raw, Map<String, String> problems) {
        List<String> fips = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String code : raw) {
            String c = code == null ? "" : code.strip();
            if (FIPS.matcher(c).matches()) {
                if (!fips.contains(c)) {
                    fips.add(c);
                }
            } else {
                wrong.add(code == null ? "null" : "\"" + code + "\"");
            }
        }
        if (!wrong.isEmpty()) {
            problems.put("counties", "each county is a 5-digit FIPS code, like 17031; not " + String.join(", ", wrong));
        } else if (fips.isEmpty()) {
            problems.put("counties", "name at least one county (a 5-digit FIPS code, like 17031)");
        } else if (fips.size() > MAX_COUNTIES) {
            problems.put("counties", "at most " + MAX_COUNTIES + " counties");
        }
        return fips;
    }

    private Optional<ZipCode> center(AlertDraft draft, Map<String, String> problems) {
        Optional<ZipCode> center = Optional.empty();
        if (draft.zip() == null) {
            problems.put("zip", "zip is required with radiusMiles (a 5-digit ZIP code, the center)");
        } else if (zipCodes.lookup(draft.zip()) instanceof ZipLookup.Found found) {
            center = Optional.of(found.zipCode());
        } else {
            problems.put("zip", "zip must be a U.S. ZIP code we know, like 60614; not \"" + draft.zip() + "\"");
        }
        Double miles = draft.radiusMiles();
        if (miles == null) {
            problems.put("radiusMiles", "radiusMiles is required with zip (miles around it, like 25)");
        } else if (!(miles > 0 && miles <= MAX_RADIUS_MILES)) {
            problems.put("radiusMiles", "radiusMiles must be more than 0 and at most " + (int) MAX_RADIUS_MILES);
        }
        return center;
    }

    private static Set<Channel> channels(List<String> raw, Map<String, String> problems) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        List<String> wrong = new ArrayList<>();
        for (String name : raw == null ? List.<String>of() : raw) {
            switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
                case "sms" -> channels.add(Channel.SMS);
                case "discord" -> channels.add(Channel.DISCORD);
                default -> wrong.add(name == null ? "null" : "\"" + name + "\"");
            }
        }
        if (!wrong.isEmpty()) {
            problems.put("channels", "channels are \"sms\" and \"discord\"; not " + String.join(", ", wrong));
        } else if (channels.isEmpty()) {
            problems.put("channels", "name at least one channel: \"sms\", \"discord\"");
        }
        return channels;
    }
}
