package org.beloved.counties;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CountyRepository {

    private final JdbcClient jdbc;

    CountyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CountyRecord> find(String fips) {
        return jdbc.sql("select * from county where fips = ?").param(fips).query(CountyRepository::record).optional();
    }

    List<CountyRecord> all() {
        return jdbc.sql("select * from county order by fips").query(CountyRepository::record).list();
    }

    /** Inserts or replaces the county's row. */
    void save(CountyRecord r, Instant at) {
        Meeting m = r.nextMeeting().orElse(null);
        jdbc.sql("""
                insert into county (fips, detainer_policy, agreement_287g, policy_note, source_url, reviewed_on,
                    campaign_status, meeting_body, meeting_start, meeting_zone, meeting_url, updated_at)
                values (:fips, :policy, :agreement, :note, :source, :reviewed, :status, :body, :start, :zone, :url, :at)
                on conflict (fips) do update set detainer_policy = excluded.detainer_policy,
                    agreement_287g = excluded.agreement_287g, policy_note = excluded.policy_note,
                    source_url = excluded.source_url, reviewed_on = excluded.reviewed_on,
                    campaign_status = excluded.campaign_status, meeting_body = excluded.meeting_body,
                    meeting_start = excluded.meeting_start, meeting_zone = excluded.meeting_zone,
                    meeting_url = excluded.meeting_url, updated_at = excluded.updated_at
                """)
                .param("fips", r.fips()).param("policy", r.detainerPolicy().code())
                .param("agreement", r.agreement287g().code()).param("note", r.policyNote())
                .param("source", r.sourceUrl()).param("reviewed", r.reviewedOn())
                .param("status", r.campaignStatus().code())
                .param("body", m == null ? null : m.body())
                .param("start", m == null ? null : m.start())
                .param("zone", m == null ? null : m.timeZone().getId())
                .param("url", m == null ? null : m.url())
                .param("at", Timestamp.from(at))
                .update();
    }

    private static CountyRecord record(ResultSet rs, int i) throws SQLException {
        LocalDateTime start = rs.getObject("meeting_start", LocalDateTime.class);
        Optional<Meeting> meeting = start == null ? Optional.empty()
                : Optional.of(new Meeting(rs.getString("meeting_body"), start,
                        ZoneId.of(rs.getString("meeting_zone")), rs.getString("meeting_url")));
        LocalDate reviewed = rs.getObject("reviewed_on", LocalDate.class);
        return new CountyRecord(rs.getString("fips"),
                DetainerPolicy.parse(rs.getString("detainer_policy")).orElse(DetainerPolicy.UNKNOWN),
                Agreement287g.parse(rs.getString("agreement_287g")).orElse(Agreement287g.NONE),
                rs.getString("policy_note"), rs.getString("source_url"),
                reviewed,
                CampaignStatus.parse(rs.getString("campaign_status")).orElse(CampaignStatus.NONE), meeting);
    }
}
