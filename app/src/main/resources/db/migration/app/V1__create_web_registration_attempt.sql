-- Sign-ups from the web page, per client (a SHA-256 of the IP address, never the address itself),
-- for the per-IP limit. Rows older than a day are deleted as new ones arrive.
create table web_registration_attempt (
    client_hash text        not null,
    at          timestamptz not null
);
create index web_registration_attempt_client on web_registration_attempt (client_hash, at);
