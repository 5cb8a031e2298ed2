-- An organizer's action alert: its texts, its audience (counties given as FIPS codes, or a ZIP
-- and a radius in miles: exactly one of the two), its channels and whether it is urgent (quiet
-- hours do not apply). The preview's counts are kept as computed when it was drafted; nothing is
-- sent until sent_at is set, once (a second send finds it set and adds nothing). The outbox rows
-- (messaging) carry the alert's id as their subject.
create table alert (
    id                 bigserial        primary key,
    text               text             not null,
    text_es            text             not null,
    counties           text[],
    zip                text,
    radius_miles       double precision,
    channels           text[]           not null,
    urgent             boolean          not null,
    created_by         text             not null,
    created_at         timestamptz      not null,
    sms_en             int              not null,
    sms_es             int              not null,
    discord_recipients int              not null,
    segments_en        int              not null,
    segments_es        int              not null,
    sent_at            timestamptz,
    enqueued           int,
    check ((counties is null) <> (zip is null and radius_miles is null))
);
