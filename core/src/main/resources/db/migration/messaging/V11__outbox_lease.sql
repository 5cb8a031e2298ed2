-- A claim is a lease: the instance that holds the row (claimed_by, its per-process instance id)
-- and until when (lease_until). A row in 'sending' or 'verify' whose lease ran out belongs to an
-- instance that died or stalled; the sweeper reconciles it.
alter table outbox add column claimed_by text;
alter table outbox add column lease_until timestamptz;
