-- Webinars organizers schedule. start_at is the instant; time_zone is the zone it was entered in.
create table webinar (
    id               bigserial   primary key,
    title            text        not null check (length(title) between 3 and 200),
    description      text        not null default '',
    start_at         timestamptz not null,
    time_zone        text        not null,
    duration_minutes int         not null check (duration_minutes between 5 and 600),
    join_url         text        not null,
    language         text        not null check (language in ('en', 'es', 'both')),
    status           text        not null check (status in ('scheduled', 'cancelled')),
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index webinar_upcoming on webinar (start_at) where status = 'scheduled';
