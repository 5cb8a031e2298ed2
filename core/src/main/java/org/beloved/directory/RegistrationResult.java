package org.beloved.directory;

import java.util.List;

/**
 * The outcome of a registration: saved (new or an update of the same congregation) with its
 * status, or refused with what to fix.
 */
public record RegistrationResult(Long id, boolean created, Congregation.Status status,
        List<RegistrationProblem> problems) {

    public boolean saved() {
        return problems.isEmpty();
    }

    static RegistrationResult refused(List<RegistrationProblem> problems) {
        return new RegistrationResult(null, false, null, List.copyOf(problems));
    }
}
