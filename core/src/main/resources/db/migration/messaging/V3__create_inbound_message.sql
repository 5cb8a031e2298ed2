-- Every inbound message with a channel id (Twilio's MessageSid), for idempotent retries and audit.
-- reply holds what we answered, so a retried webhook gets the same answer and no second effect.
create table inbound_message (
    channel     text        not null check (channel in ('SMS', 'DISCORD', 'WEB')),
    external_id text        not null,
    sender      text        not null,
    body        text,
    received_at timestamptz not null,
    reply       text[],
    primary key (channel, external_id)
);
create index inbound_message_sender_received on inbound_message (channel, sender, received_at);
