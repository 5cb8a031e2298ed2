-- What the conversation engine remembers per sender: the language to answer in.
-- address is personal data (a phone number, a Discord id): never shown to other users.
create table conversation_sender (
    channel    text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    address    text        not null,
    language   text        not null check (language in ('en', 'es')),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (channel, address)
);
