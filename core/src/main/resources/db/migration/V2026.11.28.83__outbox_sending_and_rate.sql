-- Dispatch bookkeeping: a row is 'sending' while one instance delivers it (claimed with SKIP LOCKED),
-- 'unknown' when the channel could not tell whether it went (never resent blindly).
alter table outbox drop constraint outbox_status_check;
alter table outbox add constraint outbox_status_check
    check (status in ('pending', 'sending', 'sent', 'failed', 'skipped', 'unknown'));
alter table outbox add column claimed_at timestamptz;

-- The next free sending slot per channel, shared by every instance: the rate limit holds for all of them together.
create table send_rate (
    channel   text        primary key,
    next_slot timestamptz not null
);
