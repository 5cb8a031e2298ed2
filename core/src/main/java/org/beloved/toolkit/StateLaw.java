package org.beloved.toolkit;

import java.time.LocalDate;
import java.util.List;
import org.beloved.shared.Language;

/**
 * One row of the state table: a state's (or DC's) stance on cooperation with ICE, its laws, one
 * plain sentence each in English and Spanish, and the sources with their dates.
 *
 * @param code the USPS code, {@code TX}
 * @param laws items such as {@code SB 4 (2017): jails must honor ICE detainers.}
 * @param lawsEs the same items, in the same order, in Spanish
 */
public record StateLaw(String code, String name, String nameEs, Stance stance, Agreement287g agreement287g,
        List<String> laws, List<String> lawsEs, List<StateSource> sources, LocalDate reviewed) {

    public StateLaw {
        laws = List.copyOf(laws);
        lawsEs = List.copyOf(lawsEs);
        sources = List.copyOf(sources);
    }

    public String name(Language language) {
        return language == Language.ES ? nameEs : name;
    }

    public List<String> laws(Language language) {
        return language == Language.ES ? lawsEs : laws;
    }
}
