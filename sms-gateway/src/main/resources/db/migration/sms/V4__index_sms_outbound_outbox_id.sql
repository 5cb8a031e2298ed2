create index sms_outbound_outbox_id on sms_outbound (outbox_id) where outbox_id is not null;
