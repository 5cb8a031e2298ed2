-- When the subscriber last asked for reminders (REMIND again renews it), so that web-channel
-- subscriptions nobody used for 30 days can expire. Existing rows start from their creation.
alter table webinar_subscription add column last_used_at timestamptz;
update webinar_subscription set last_used_at = created_at;
alter table webinar_subscription alter column last_used_at set not null;
-- Writers that do not name it (older code, fixtures) get the moment of the write.
alter table webinar_subscription alter column last_used_at set default now();
