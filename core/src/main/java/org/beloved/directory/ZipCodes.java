package org.beloved.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Looks up the US ZIP codes people type, however they type them. */
@Service
public class ZipCodes {

    private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:[-\\s]?\\d{4})?");

    private final ZipCodeRepository repository;
    /**
     * ZIP codes looked up so far, found or not: the table is reference data that only migrations
     * write, and five digits bound the keys (at most 100,000, of a few hundred bytes each).
     */
    private final Map<String, Optional<ZipCode>> known = new ConcurrentHashMap<>();

    /** Loaded on first use, like {@link #known}: reference data only migrations write. */
    private volatile Map<String, String> countyFips;
    private volatile List<ZipCounty> counties;

    ZipCodes(ZipCodeRepository repository) {
        this.repository = repository;
    }

    /**
     * The five-digit ZIP in what someone typed: {@code 94110}, {@code " 94110 "},
     * {@code 94110-1234} and {@code 02134} (leading zero kept) all work; anything else is empty.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = ZIP.matcher(typed.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A ZIP (or ZIP+4) as one word of a sentence, punctuation around it allowed. */
    private static final Pattern ZIP_WORD = Pattern.compile("[^\\p{Alnum}]*(\\d{5})(?:-\\d{4})?[^\\p{Alnum}]*");

    /** Longer messages are about something else, even with a number in them. */
    private static final int SHORT_MESSAGE_WORDS = 10;

    /**
     * The ZIP in a short message that gives one: "zip 60614", "my zip is 60614-1234", "mi código
     * postal es 60609". Empty when the message is long, has no ZIP, or has other numbers too.
     */
    public static Optional<String> inMessage(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] words = text.strip().split("\\s+");
        if (words.length > SHORT_MESSAGE_WORDS) {
            return Optional.empty();
        }
        String zip = null;
        for (String word : words) {
            Matcher m = ZIP_WORD.matcher(word);
            if (m.matches() && zip == null) {
                zip = m.group(1);
            } else if (m.matches() || word.chars().anyMatch(Character::isDigit)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(zip);
    }

    /** Farther than this from every ZIP centroid, a point is not "in" any U.S. ZIP. */
    static final double NEAREST_WITHIN_MILES = 60;

    /** The ZIP nearest a point (a browser's "use my location"); empty away from every U.S. ZIP. */
    public Optional<ZipCode> nearest(double latitude, double longitude) {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            return Optional.empty();
        }
        return repository.nearest(latitude, longitude)
                .filter(z -> miles(latitude, longitude, z.latitude(), z.longitude()) <= NEAREST_WITHIN_MILES);
    }

    /** Great-circle distance (haversine), in miles. */
    static double miles(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 3958.8 * Math.asin(Math.sqrt(a));
    }

    /** The ZIP someone typed, alone or in a short sentence ({@link #inMessage}), looked up. */
    public ZipLookup lookup(String typed) {
        Optional<String> zip = normalize(typed).or(() -> inMessage(typed));
        if (zip.isEmpty()) {
            return new ZipLookup.Malformed(typed == null ? "" : typed.strip());
        }
        return known.computeIfAbsent(zip.get(), repository::find)
                .<ZipLookup>map(ZipLookup.Found::new)
                .orElseGet(() -> new ZipLookup.Unknown(zip.get()));
    }

    /** The 5-digit county FIPS code of a 5-digit ZIP; empty for an unknown ZIP or one with no county known. */
    public Optional<String> countyFips(String zip) {
        Map<String, String> fips = countyFips;
        if (fips == null) {
            fips = repository.countyFips();
            countyFips = fips;
        }
        return zip == null ? Optional.empty() : Optional.ofNullable(fips.get(zip));
    }

    /** Every county the ZIP table knows, ordered by FIPS. */
    public List<ZipCounty> counties() {
        List<ZipCounty> all = counties;
        if (all == null) {
            all = List.copyOf(repository.counties());
            counties = all;
        }
        return all;
    }
}
