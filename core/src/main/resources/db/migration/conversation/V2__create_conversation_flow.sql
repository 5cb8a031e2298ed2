-- The multi-step flow each sender is in, at most one, with what it has collected so far.
create table conversation_flow (
    channel    text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address    text        not null,
    flow       text        not null,
    step       text        not null,
    data       jsonb       not null default '{}'::jsonb,
    expires_at timestamptz not null,
    primary key (channel, address)
);
create index conversation_flow_expires_at on conversation_flow (expires_at);
