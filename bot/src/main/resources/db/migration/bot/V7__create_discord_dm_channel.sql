-- The DM channel Discord opened between the bot and each user, so that a reminder is one REST call
-- (a post to the channel) instead of three (fetch the user, open the DM, post). DELETE MY DATA
-- erases the user's row.
create table discord_dm_channel (
    user_id    text        primary key,
    channel_id text        not null,
    opened_at  timestamptz not null
);
