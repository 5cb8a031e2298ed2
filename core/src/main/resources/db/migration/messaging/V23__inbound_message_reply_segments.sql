-- What a reply cost on its channel (SMS segments), recorded with the reply in the same write: the
-- console's segments-sent chart sums it per day. Null for replies recorded before, and on channels
-- without segments. DELETE MY DATA keeps it (a count, nothing personal).
alter table inbound_message add column reply_segments integer;
