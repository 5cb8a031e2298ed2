-- Delivery health per recipient: consecutive "unreachable" failures, and whether we stopped trying.
create table recipient_reachability (
    channel                 text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address                 text        not null,
    consecutive_unreachable int         not null default 0,
    unreachable_since       timestamptz,
    updated_at              timestamptz not null,
    primary key (channel, address)
);
