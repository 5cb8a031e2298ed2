-- Senders who said STOP (or whose carrier told us they did). They receive nothing at all from
-- Beloved until they opt in again. Kept after DELETE MY DATA, so that STOP keeps being honored.
create table opt_out (
    channel    text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address    text        not null,
    reason     text        not null,
    created_at timestamptz not null,
    primary key (channel, address)
);
