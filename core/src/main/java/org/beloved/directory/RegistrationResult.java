package org.beloved.directory;

import java.util.List;

/**
 * The outcome of a registration: saved (new, or its own submitter's update) with its status; a
 * claim on a listing someone else registered ({@code claimId} set: {@code id} and {@code status}
 * are then the listing's, unchanged); or refused with what to fix.
 */
public record RegistrationResult(Long id, boolean created, Congregation.Status status,
        List<RegistrationProblem> problems, Long claimId) {

    public boolean saved() {
        return problems.isEmpty();
    }

    /** A claim waiting for an organizer: the listing itself did not change. */
    public boolean claimed() {
        return claimId != null;
    }

    static RegistrationResult refused(List<RegistrationProblem> problems) {
        return new RegistrationResult(null, false, null, List.copyOf(problems), null);
    }
}
