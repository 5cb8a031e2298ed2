-- Who opted in to action alerts (ALERTS / ALERTAS by text, /alerts on in Discord), and where they
-- are: the ZIP they gave or searched, its county (5-digit FIPS, null where the ZIP table knows
-- none), its centroid (for alerts to a radius) and time zone (quiet hours). language: the
-- language their alerts go out in. DELETE MY DATA deletes the row; STOP is messaging's opt-out
-- and wins over this consent (an opted-out address is never enqueued).
create table alert_subscriber (
    channel     text             not null check (channel in ('SMS', 'DISCORD')),
    address     text             not null,
    language    text             not null check (language in ('en', 'es')),
    zip         text             not null,
    county_fips text,
    latitude    double precision not null,
    longitude   double precision not null,
    time_zone   text             not null,
    created_at  timestamptz      not null,
    updated_at  timestamptz      not null,
    primary key (channel, address)
);

create index alert_subscriber_county on alert_subscriber (county_fips);
-- Alerts to a radius: earth_box finds the candidates by this index, earth_distance decides.
create index alert_subscriber_location on alert_subscriber using gist (ll_to_earth(latitude, longitude));
