-- When each sender last wrote (touched at most hourly), so that web senders nobody used for 30
-- days can expire. Existing rows start from their last language change.
alter table conversation_sender add column last_used_at timestamptz;
update conversation_sender set last_used_at = updated_at;
alter table conversation_sender alter column last_used_at set not null;
-- Writers that do not name it (older code, fixtures) get the moment of the write.
alter table conversation_sender alter column last_used_at set default now();
