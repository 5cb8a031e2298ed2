-- Rows left in 'sending' by a version without leases (its instance died mid-delivery) have no lease,
-- so no sweep would ever take them back, and no text to verify against the provider: they may or may
-- not have gone. Like any outcome that cannot be known, they become 'unknown' and are never resent.
update outbox
set status = 'unknown',
    last_error = 'claimed before leases existed and never settled: outcome unknown, not resent'
where status = 'sending' and lease_until is null;
