-- The channel in each Discord server where webinar announcements are posted (set by organizers).
create table discord_announce_channel (
    guild_id   text        primary key,
    channel_id text        not null,
    updated_at timestamptz not null
);
