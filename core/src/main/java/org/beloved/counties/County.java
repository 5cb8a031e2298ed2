package org.beloved.counties;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One county as the public sees it.
 *
 * @param fips the 5-digit county FIPS code
 * @param name the county's name as the ZIP table has it, {@code Travis}
 * @param state the USPS state code
 * @param policyNote one line on the policy, or null
 * @param sourceUrl where the policy is documented, or null
 * @param reviewedOn when the source was last checked, or null
 * @param recorded false when nothing is kept for the county yet and the state's law gave the defaults
 * @param congregations how many listed congregations are in the county
 */
public record County(String fips, String name, String state, DetainerPolicy detainerPolicy,
        Agreement287g agreement287g, String policyNote, String sourceUrl, LocalDate reviewedOn,
        CampaignStatus campaignStatus, Optional<Meeting> nextMeeting, boolean recorded, int congregations) {
}
