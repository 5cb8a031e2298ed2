-- One row per sign-in code asked for at /organize, for a known organizer or not (an unknown target
-- gets a row too, whose code was never sent, so that both behave alike). Only hashes: the target
-- (phone or Discord id) and the client address as SHA-256, the code as SHA-256 over a random salt.
-- The per-target and per-client limits count these rows; rows older than a day are deleted.
create table console_sign_in_code (
    id bigserial primary key,
    organizer_id bigint,
    target_hash text not null,
    client_hash text not null,
    salt text not null,
    code_hash text not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    tries int not null default 0,
    used_at timestamptz
);
create index console_sign_in_code_target on console_sign_in_code (target_hash, created_at);
create index console_sign_in_code_client on console_sign_in_code (client_hash, created_at);
