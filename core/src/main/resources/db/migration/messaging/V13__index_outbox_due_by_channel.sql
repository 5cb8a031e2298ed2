-- Claims look for due rows of the channels ready on the claiming instance ('pending' to send,
-- 'verify' to reconcile), oldest first.
create index outbox_due_by_channel on outbox (status, channel, next_attempt_at, id) where status in ('pending', 'verify');
