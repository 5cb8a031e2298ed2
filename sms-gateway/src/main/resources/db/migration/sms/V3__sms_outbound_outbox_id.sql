-- The outbox row (messaging's id; no foreign key across modules) a reminder's SMS was sent for,
-- so verification can tell whether our call to Twilio began and whether Twilio answered it.
alter table sms_outbound add column outbox_id bigint;
