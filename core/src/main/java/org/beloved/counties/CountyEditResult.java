package org.beloved.counties;

import java.util.List;

/** What {@link Counties#edit} did: saved the county, found the edit invalid, or found no such county. */
public sealed interface CountyEditResult {

    /** The county as now recorded. */
    record Saved(County county) implements CountyEditResult {
    }

    /** Nothing saved: what to fix, one sentence per problem, naming the field. */
    record Invalid(List<String> problems) implements CountyEditResult {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** No county has that FIPS code. */
    record NotFound() implements CountyEditResult {
    }
}
