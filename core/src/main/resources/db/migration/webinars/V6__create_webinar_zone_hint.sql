-- The time zone of the ZIP code a sender last searched, kept one day so that REMIND right after a
-- ZIP answer does not ask for the ZIP again. address is personal data (erased by DELETE MY DATA).
create table webinar_zone_hint (
    channel   text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address   text        not null,
    time_zone text        not null,
    noted_at  timestamptz not null,
    primary key (channel, address)
);
create index webinar_zone_hint_noted_at on webinar_zone_hint (noted_at);
