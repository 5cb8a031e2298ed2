-- Messages Beloved starts (reminders, notices), one row per recipient. Only the messaging module
-- reads or writes this table. dedup_key is unique, so a message enqueued twice (a retry, a second
-- instance) is never queued a second time. The text is written at dispatch time, by the kind's
-- renderer, in the recipient's language and time zone.
-- subject_id is the id of what the message is about in the feature that sent it (a webinar):
-- no foreign key, messaging knows no feature's tables. lead_seconds: how long before the subject's
-- moment it was planned (a reminder's offset), 0 for notices.
-- status: 'sending' while one worker delivers it (claimed with SKIP LOCKED), 'unknown' when the
-- channel could not tell whether it went (never resent blindly).
create table outbox (
    id              bigserial   primary key,
    dedup_key       text        not null unique,
    kind            text        not null check (kind in ('reminder', 'cancellation', 'moved')),
    subject_id      bigint      not null,
    lead_seconds    bigint      not null default 0,
    channel         text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address         text        not null,
    status          text        not null default 'pending'
                                check (status in ('pending', 'sending', 'sent', 'failed', 'skipped', 'unknown')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    claimed_at      timestamptz,
    external_id     text,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);

create index outbox_due on outbox (next_attempt_at) where status = 'pending';
create index outbox_subject on outbox (subject_id, kind, status);
create index outbox_recipient on outbox (channel, address);
