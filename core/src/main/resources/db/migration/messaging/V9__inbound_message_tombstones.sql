-- DELETE MY DATA keeps the channel ids of the sender's messages as tombstones, with the sender,
-- body and reply wiped: a webhook retried or replayed later finds its id taken and does nothing.
alter table inbound_message alter column sender drop not null;
