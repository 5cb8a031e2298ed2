-- Messages the chat simulator took in the last minute, per client (a SHA-256 of the IP address,
-- never the address itself), for its per-address message limit. Each client's rows older than a
-- minute are deleted as its new ones arrive, so a client never has more rows than its limit.
create table web_simulator_message (
    client_hash text        not null,
    at          timestamptz not null
);
create index web_simulator_message_client on web_simulator_message (client_hash, at);
