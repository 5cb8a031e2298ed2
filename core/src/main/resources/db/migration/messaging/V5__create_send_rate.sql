-- The next free sending slot per channel, shared by every instance: the rate limit holds for all of them together.
create table send_rate (
    channel   text        primary key,
    next_slot timestamptz not null
);
