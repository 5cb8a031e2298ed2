package org.beloved.app.counties;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.beloved.counties.County;
import org.beloved.counties.CountyCongregation;
import org.beloved.counties.Meeting;

/**
 * A county as {@code GET /api/counties/{fips}} (and the admin PUT) shows it: the fields of the list
 * ({@link Summary}) and its {@code policyNote}, {@code sourceUrl}, {@code reviewedOn} (YYYY-MM-DD) and
 * {@code congregationList}. Absent values are {@code null}, never left out, so every county has the same shape.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CountyJson(String fips, String name, String state, String detainerPolicy, String agreement287g,
        String campaignStatus, int congregations, boolean recorded, MeetingJson nextMeeting, String policyNote,
        String sourceUrl, String reviewedOn, List<CongregationJson> congregationList) {

    static CountyJson of(County c, List<CountyCongregation> congregations) {
        return new CountyJson(c.fips(), c.name(), c.state(), c.detainerPolicy().code(), c.agreement287g().code(),
                c.campaignStatus().code(), c.congregations(), c.recorded(), c.nextMeeting().map(MeetingJson::of).orElse(null),
                c.policyNote(), c.sourceUrl(), c.reviewedOn() == null ? null : c.reviewedOn().toString(),
                congregations.stream().map(CongregationJson::of).toList());
    }

    /**
     * A county in {@code GET /api/counties}: {@code name} as the ZIP table has it ({@code Travis}),
     * the codes of its policy, 287(g) agreement and campaign, how many listed congregations are there,
     * whether organizers recorded it ({@code false}: the state's law gave the defaults) and its next
     * meeting or {@code null}.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Summary(String fips, String name, String state, String detainerPolicy, String agreement287g,
            String campaignStatus, int congregations, boolean recorded, MeetingJson nextMeeting) {

        static Summary of(County c) {
            return new Summary(c.fips(), c.name(), c.state(), c.detainerPolicy().code(), c.agreement287g().code(),
                    c.campaignStatus().code(), c.congregations(), c.recorded(),
                    c.nextMeeting().map(MeetingJson::of).orElse(null));
        }
    }

    /** The next public meeting: {@code start} is local time in {@code timeZone}, {@code YYYY-MM-DDTHH:MM}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MeetingJson(String body, String start, String timeZone, String url) {

        private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.body(), m.start().format(START), m.timeZone().getId(), m.url());
        }
    }

    /** A listed congregation in the county: public fields only. */
    record CongregationJson(long id, String name, String city) {

        static CongregationJson of(CountyCongregation c) {
            return new CongregationJson(c.id(), c.name(), c.city());
        }
    }
}
