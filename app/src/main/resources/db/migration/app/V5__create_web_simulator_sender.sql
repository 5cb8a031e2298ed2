-- The chat simulator's sessions (sender ids) per client (a SHA-256 of the IP address), for its
-- limit on new senders per hour and for counting simulator sign-ups toward the client's sign-up
-- limit. A session nobody used for 30 days is deleted by the daily web expiry.
create table web_simulator_sender (
    client_hash   text        not null,
    sender        text        not null,
    first_seen_at timestamptz not null,
    last_used_at  timestamptz not null,
    primary key (client_hash, sender)
);
create index web_simulator_sender_sender on web_simulator_sender (sender);
create index web_simulator_sender_first_seen on web_simulator_sender (client_hash, first_seen_at);
