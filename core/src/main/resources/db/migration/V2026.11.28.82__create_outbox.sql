-- Messages Beloved starts (reminders, cancellation notices), one row per recipient. dedup_key is
-- unique, so a reminder fired twice (a retry, a second instance) never enqueues a second message.
-- The text is written at dispatch time, in the recipient's language and time zone.
create table outbox (
    id              bigserial   primary key,
    dedup_key       text        not null unique,
    kind            text        not null check (kind in ('reminder', 'cancellation')),
    webinar_id      bigint      not null references webinar (id),
    offset_seconds  bigint,
    channel         text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address         text        not null,
    status          text        not null default 'pending' check (status in ('pending', 'sent', 'failed', 'skipped')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    external_id     text,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index outbox_due on outbox (next_attempt_at) where status = 'pending';
