-- Who wants webinar reminders, on which channel, in which time zone (from their ZIP code, or the
-- zone their Discord client reports). address is personal data.
create table webinar_subscription (
    channel    text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address    text        not null,
    time_zone  text        not null,
    created_at timestamptz not null,
    primary key (channel, address)
);
