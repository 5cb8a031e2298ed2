package org.beloved.directory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Looks up the US ZIP codes people type, however they type them. */
@Service
public class ZipCodes {

    private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:[-\\s]?\\d{4})?");

    private final ZipCodeRepository repository;

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

    public ZipLookup lookup(String typed) {
        Optional<String> zip = normalize(typed);
        if (zip.isEmpty()) {
            return new ZipLookup.Malformed(typed == null ? "" : typed.strip());
        }
        return repository.find(zip.get())
                .<ZipLookup>map(ZipLookup.Found::new)
                .orElseGet(() -> new ZipLookup.Unknown(zip.get()));
    }
}
