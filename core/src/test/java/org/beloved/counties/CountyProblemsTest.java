package org.beloved.counties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An organizer's county edit: saved as typed, defaults for what is left out, and every problem named. */
class CountyProblemsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final County TEXAS_DEFAULTS = new County("48453", "Travis", "TX", DetainerPolicy.STATE_REQUIRES,
            Agreement287g.WARRANT_SERVICE, null, null, null, CampaignStatus.NONE, Optional.empty(), false, 0);

    private static CountyProblems.Checked check(CountyEdit edit) {
        return CountyProblems.check("48453", edit, TEXAS_DEFAULTS, TODAY);
    }

    @Test
    void aWholeEditIsSavedAsTyped() {
        CountyRecord saved = check(new CountyEdit("Declines", "task-force", " Sheriff's 2024 memo. ",
                "https://example.org/memo", "2026-11-20", "active",
                new MeetingEdit("Commissioners Court", "2026-12-08T19:00", "America/Chicago", "https://example.org/agenda")))
                .record().orElseThrow();
        assertThat(saved).isEqualTo(new CountyRecord("48453", DetainerPolicy.DECLINES, Agreement287g.TASK_FORCE,
                "Sheriff's 2024 memo.", "https://example.org/memo", LocalDate.of(2026, 11, 20), CampaignStatus.ACTIVE,
                Optional.of(new Meeting("Commissioners Court", LocalDateTime.of(2026, 12, 8, 19, 0),
                        ZoneId.of("America/Chicago"), "https://example.org/agenda"))));
    }

    @Test
    void whatIsLeftOutTakesTheStatesDefaultsOrNone() {
        CountyRecord saved = check(new CountyEdit(null, "", null, null, null, null, null)).record().orElseThrow();
        assertThat(saved).isEqualTo(new CountyRecord("48453", DetainerPolicy.STATE_REQUIRES,
                Agreement287g.WARRANT_SERVICE, null, null, null, CampaignStatus.NONE, Optional.empty()));
    }

    @Test
    void everyProblemIsNamedWithItsField() {
        CountyProblems.Checked checked = check(new CountyEdit("sometimes", "287g", "one\ntwo", "http://example.org",
                "30/11/2026", "winning", new MeetingEdit("", "2026-12-08 7pm", "Central", "ftp://x")));
        assertThat(checked.record()).isEmpty();
        assertThat(checked.problems()).containsExactly(
                "detainerPolicy must be one of honors, limits, declines, state-requires, unknown",
                "agreement287g must be one of none, jail-enforcement, warrant-service, task-force",
                "campaignStatus must be one of none, forming, active, won",
                "policyNote must be one line of at most 300 characters",
                "sourceUrl must be an https:// link",
                "reviewedOn must be a date like 2026-11-30",
                "nextMeeting.body must be one line of 3 to 120 characters, like Commissioners Court",
                "nextMeeting.start must be a local date and time like 2026-12-08T19:00",
                "nextMeeting.timeZone must be an IANA zone like America/Chicago",
                "nextMeeting.url must be an https:// link");
    }

    @Test
    void aMeetingNeedsItsStartAndZoneAndAReviewIsNotInTheFuture() {
        assertThat(check(new CountyEdit(null, null, null, null, "2027-01-05", null,
                new MeetingEdit("Board of Supervisors", null, null, null))).problems()).containsExactly(
                "reviewedOn must not be in the future",
                "nextMeeting.start is required, like 2026-12-08T19:00",
                "nextMeeting.timeZone is required, like America/Chicago");
        assertThat(check(new CountyEdit(null, null, "x".repeat(301), null, null, null, null)).problems())
                .containsExactly("policyNote must be one line of at most 300 characters");
        assertThat(check(new CountyEdit(null, null, "nul\0", null, null, null, null)).problems())
                .containsExactly("policyNote must not contain NUL characters");
    }
}
