-- The console's sign-in codes were logged here with their text until the row was erased. Since then
-- a code's text is logged as '[sign-in code]' (OutboundChannel.SECRET_KEPT_AS); this forgets the codes
-- already logged. They are the rows with a negative outbox_id: the console sent each code with its code
-- row's id negated where a reminder's outbox id goes, and nothing else ever sent a negative id.
update sms_outbound set body = '[sign-in code]' where outbox_id < 0;
