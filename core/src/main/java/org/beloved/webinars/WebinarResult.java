package org.beloved.webinars;

import java.util.List;
import java.util.Optional;

/** A webinar saved, or the problems that kept it from being saved, or nothing found to change. */
public record WebinarResult(Optional<Webinar> webinar, List<String> problems) {

    static WebinarResult saved(Webinar webinar) {
        return new WebinarResult(Optional.of(webinar), List.of());
    }

    static WebinarResult invalid(List<String> problems) {
        return new WebinarResult(Optional.empty(), List.copyOf(problems));
    }

    static WebinarResult notFound() {
        return new WebinarResult(Optional.empty(), List.of());
    }
}
