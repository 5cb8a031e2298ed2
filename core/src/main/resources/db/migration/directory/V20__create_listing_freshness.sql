-- Fresh listings: every 90 days a listed congregation's contact is asked, on the channel the listing
-- registered on, whether it is still part of the campaign. One row per listing that was ever asked,
-- confirmed or restored; a listing without one counts its 90 days from its created_at.
-- state: 'fresh' (counting its 90 days from confirmed_at), 'asked' (a check-in waits for YES or NO),
-- 'declined' (its contact said NO: hidden), 'silent' (two check-ins 14 days apart went unanswered:
-- hidden pending an organizer), 'no-channel' (nobody could be asked: hidden pending an organizer).
-- round and asks name each check-in message (its outbox dedup key), so none is sent twice.
-- ask_channel/ask_address: where the waiting check-in went, to recognise the answer; erased by
-- DELETE MY DATA. Updating this table never moves the directory's version: only a hide does.
create table listing_freshness (
    congregation_id bigint      primary key references congregation (id) on delete cascade,
    state           text        not null check (state in ('fresh', 'asked', 'declined', 'silent', 'no-channel')),
    confirmed_at    timestamptz not null,
    round           int         not null default 0,
    asks            int         not null default 0 check (asks between 0 and 2),
    asked_at        timestamptz,
    ask_channel     text        check (ask_channel in ('SMS', 'DISCORD')),
    ask_address     text,
    since           timestamptz not null
);
create index listing_freshness_waiting on listing_freshness (ask_channel, ask_address) where state = 'asked';
create index listing_freshness_stale on listing_freshness (since) where state in ('silent', 'no-channel');
