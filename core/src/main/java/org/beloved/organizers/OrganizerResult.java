package org.beloved.organizers;

import java.util.List;
import java.util.Optional;

/** The organizer added, or what is wrong with the request (then nothing changed). */
public record OrganizerResult(Optional<Organizer> organizer, List<String> problems) {

    static OrganizerResult added(Organizer organizer) {
        return new OrganizerResult(Optional.of(organizer), List.of());
    }

    static OrganizerResult refused(List<String> problems) {
        return new OrganizerResult(Optional.empty(), List.copyOf(problems));
    }
}
