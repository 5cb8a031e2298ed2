-- Congregations on the map. Only 'listed' rows are ever shown to the public, and then only their
-- public fields: never the street address, never a contact the congregation did not consent to show.
-- latitude/longitude are the ZIP's centroid, copied at registration (the map never shows an address).
create table congregation (
    id             bigserial        primary key,
    name           text             not null check (length(name) between 2 and 120),
    name_key       text             not null,
    tradition      text             not null,
    zip            char(5)          not null references zip_code (zip),
    latitude       double precision not null,
    longitude      double precision not null,
    street_address text,
    contact_name   text             not null,
    contact_email  text,
    contact_phone  text,
    website        text,
    show_contact   boolean          not null default false,
    status         text             not null check (status in ('pending', 'listed', 'hidden')),
    source_channel text             not null check (source_channel in ('SMS', 'DISCORD', 'WEB')),
    submitted_by   text,
    created_at     timestamptz      not null,
    updated_at     timestamptz      not null,
    unique (name_key, zip)
);
-- Nearest-partner search: k-NN over listed congregations (cube's <-> ordering on the GiST index).
create index congregation_listed_location on congregation using gist (ll_to_earth(latitude, longitude))
    where status = 'listed';
create index congregation_status on congregation (status);
create index congregation_submitted_by on congregation (source_channel, submitted_by);
