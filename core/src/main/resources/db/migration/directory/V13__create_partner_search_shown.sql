-- The partners of a sender's last ZIP answer, in the order they were numbered, so that CONNECT n
-- knows which partner n is. One row per sender, replaced by each answer, erased by DELETE MY DATA.
create table partner_search_shown (
    channel     text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address     text        not null,
    zip         char(5)     not null,
    partner_ids bigint[]    not null,
    shown_at    timestamptz not null,
    primary key (channel, address)
);
