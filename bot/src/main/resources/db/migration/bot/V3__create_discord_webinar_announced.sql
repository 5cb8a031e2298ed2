-- Which servers have been shown which webinar in their announcement channel: a server that was
-- not (the bot was offline, the post failed, or the channel was set later) catches up when it
-- comes online or sets its channel.
create table discord_webinar_announced (
    webinar_id   bigint      not null,
    guild_id     text        not null,
    message_id   text,
    announced_at timestamptz not null,
    primary key (webinar_id, guild_id)
);
