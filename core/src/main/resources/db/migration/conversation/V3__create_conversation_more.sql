-- The longer text each sender may ask for with MORE (a toolkit section in full), one per sender.
create table conversation_more (
    channel    text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address    text        not null,
    text       text        not null,
    created_at timestamptz not null,
    primary key (channel, address)
);
