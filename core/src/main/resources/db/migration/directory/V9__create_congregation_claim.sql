-- A registration for an existing listing (same name key and ZIP) from anyone but its submitter: it
-- never changes the listing; it waits here until an organizer approves it (the listing passes to
-- the claimant's contact) or rejects it (the listing stays as it was). Private, like the contact
-- fields of congregation: only organizers see a claim.
create table congregation_claim (
    id              bigserial   primary key,
    congregation_id bigint      not null references congregation (id) on delete cascade,
    name            text        not null check (length(name) between 2 and 120),
    tradition       text        not null,
    street_address  text,
    contact_name    text        not null,
    contact_email   text,
    contact_phone   text,
    website         text,
    show_email      boolean     not null default false,
    show_phone      boolean     not null default false,
    status          text        not null check (status in ('pending', 'approved', 'rejected')),
    source_channel  text        not null check (source_channel in ('SMS', 'DISCORD', 'WEB')),
    submitted_by    text,
    created_at      timestamptz not null,
    resolved_at     timestamptz
);
create index congregation_claim_pending on congregation_claim (created_at, id) where status = 'pending';
create index congregation_claim_congregation on congregation_claim (congregation_id);
create index congregation_claim_submitted_by on congregation_claim (source_channel, submitted_by);
