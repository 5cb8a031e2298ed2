package org.beloved.directory;

import java.util.List;

/** What {@link Directory#edit} did: saved the listing, refused the edit, or found no such listing. */
public sealed interface ListingEditResult {

    /** The listing as now stored. */
    record Edited(Congregation listing) implements ListingEditResult {
    }

    /** Nothing saved: what to fix, by field ({@link RegistrationProblem#field()}). */
    record Refused(List<RegistrationProblem> problems) implements ListingEditResult {

        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** No listing has that id. */
    record NotFound() implements ListingEditResult {
    }
}
