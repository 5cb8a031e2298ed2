-- The daily expiry finds unused senders of one channel without reading the others.
create index conversation_sender_channel_last_used_at on conversation_sender (channel, last_used_at);
