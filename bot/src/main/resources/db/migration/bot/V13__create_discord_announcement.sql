-- Announcement work for Discord servers: one row per server per webinar change (a post in the
-- server's announcement channel and its Scheduled Event kept in step), or per webinar a server
-- missed (catch-up). Rows of a change are written in the transaction that changed the webinar, so
-- no change goes unannounced whichever instance made it; only the instance connected to Discord
-- works them. Rows of one webinar in one server are worked in id order: an edit never overtakes
-- the post it edits.
-- change_id: shared by the rows of one change (one per server), unique with the server, so a
-- change is queued once per server. Catch-up rows have none; at most one is pending per webinar
-- and server.
-- status: 'pending' (waiting, or in hand while lease_until is ahead), 'done', 'failed' (gave up
-- after the attempts allowed; logged). lease_owner/lease_until: the instance working it and until
-- when; a lease that ran out (the instance died) lets another take the row again.
-- event_done / post_id: the steps already done, so that a retried row repeats neither.
create table discord_announcement (
    id              bigserial   primary key,
    webinar_id      bigint      not null,
    guild_id        text        not null,
    kind            text        not null check (kind in ('SCHEDULED', 'EDITED', 'CANCELLED', 'CATCH_UP')),
    change_id       bigint,
    status          text        not null default 'pending' check (status in ('pending', 'done', 'failed')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    lease_owner     text,
    lease_until     timestamptz,
    event_done      boolean     not null default false,
    post_id         text,
    last_error      text,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    unique (change_id, guild_id)
);

create sequence discord_announcement_change;

create unique index discord_announcement_one_catch_up on discord_announcement (webinar_id, guild_id)
    where kind = 'CATCH_UP' and status = 'pending';
create index discord_announcement_due on discord_announcement (next_attempt_at) where status = 'pending';
create index discord_announcement_order on discord_announcement (webinar_id, guild_id, id) where status = 'pending';
