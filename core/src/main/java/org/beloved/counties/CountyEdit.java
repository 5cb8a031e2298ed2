package org.beloved.counties;

/**
 * An organizer's record of a county, as typed (the HTTP body, Discord's options): raw strings,
 * validated by {@link Counties#edit}. A null field is recorded as none (policy {@code unknown},
 * agreement {@code none}, status {@code none}); a null {@code nextMeeting} clears the meeting.
 *
 * @param reviewedOn {@code YYYY-MM-DD}
 */
public record CountyEdit(String detainerPolicy, String agreement287g, String policyNote, String sourceUrl,
        String reviewedOn, String campaignStatus, MeetingEdit nextMeeting) {
}
