-- The sweeper looks for claims whose lease ran out.
create index outbox_lease on outbox (lease_until) where status = 'sending';
