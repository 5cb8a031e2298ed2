-- The segments a text takes as sent (GSM-7 twins applied), recorded with the attempt in the insert
-- that already happens before the Twilio call: the console's segments-sent chart sums those Twilio
-- accepted (a sid) per day. Null for texts recorded before.
alter table sms_outbound add column segments integer;
