-- The key of the hash that stands in for addresses in the opt-out list and the DELETE MY DATA
-- tombstone (HMAC-SHA256). One row: secret is the key generated when beloved.privacy.hash-secret is
-- not set (so every instance and restart agrees), null when it is set; fingerprint identifies the
-- key in use, so a secret changed later stops the start-up instead of forgetting every STOP.
create table hash_key (
    id          boolean     primary key default true check (id),
    secret      text,
    fingerprint text        not null,
    created_at  timestamptz not null
);
