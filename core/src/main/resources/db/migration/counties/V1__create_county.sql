-- What organizers recorded about a county (by 5-digit FIPS); a county without a row takes its state's defaults.
-- Codes as in org.beloved.counties (DetainerPolicy, Agreement287g, CampaignStatus). meeting_start is local
-- wall-clock time in meeting_zone.
create table county (
    fips             char(5)     primary key check (fips ~ '^[0-9]{5}$'),
    detainer_policy  text        not null,
    agreement_287g   text        not null,
    policy_note      text,
    source_url       text,
    reviewed_on      date,
    campaign_status  text        not null,
    meeting_body     text,
    meeting_start    timestamp,
    meeting_zone     text,
    meeting_url      text,
    updated_at       timestamptz not null,
    check ((meeting_body is null) = (meeting_start is null) and (meeting_start is null) = (meeting_zone is null))
);
