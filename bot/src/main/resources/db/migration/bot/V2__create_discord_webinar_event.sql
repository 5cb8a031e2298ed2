-- The Discord Scheduled Event made for a webinar in a server, so that editing or cancelling the
-- webinar updates or cancels that event too.
create table discord_webinar_event (
    webinar_id bigint      not null,
    guild_id   text        not null,
    event_id   text        not null,
    created_at timestamptz not null,
    primary key (webinar_id, guild_id)
);
