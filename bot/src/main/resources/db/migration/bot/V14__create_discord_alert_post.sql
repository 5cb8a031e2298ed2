-- An action alert's post in a Discord server whose default ZIP lies in the alert's audience: one row
-- per alert and server, written in the transaction that sends the alert (so a second send adds
-- none), worked by the instance connected to Discord. status: 'pending' (waiting, or in hand while
-- lease_until is ahead), 'done' (posted, post_id; or its outcome unknown, never posted again),
-- 'failed' (given up after the attempts allowed; logged).
create table discord_alert_post (
    id              bigserial   primary key,
    alert_id        bigint      not null,
    guild_id        text        not null,
    channel_id      text        not null,
    status          text        not null default 'pending' check (status in ('pending', 'done', 'failed')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    lease_owner     text,
    lease_until     timestamptz,
    post_id         text,
    last_error      text,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    unique (alert_id, guild_id)
);

create index discord_alert_post_due on discord_alert_post (next_attempt_at) where status = 'pending';
