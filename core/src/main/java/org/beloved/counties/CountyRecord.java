package org.beloved.counties;

import java.time.LocalDate;
import java.util.Optional;

/** What organizers recorded about a county, validated: one row of the {@code county} table. */
record CountyRecord(String fips, DetainerPolicy detainerPolicy, Agreement287g agreement287g, String policyNote,
        String sourceUrl, LocalDate reviewedOn, CampaignStatus campaignStatus, Optional<Meeting> nextMeeting) {
}
