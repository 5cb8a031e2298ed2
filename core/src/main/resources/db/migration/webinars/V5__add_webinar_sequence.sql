-- How many times the webinar was changed after it was scheduled (edits and its cancellation):
-- the calendar feed's SEQUENCE, so that calendar clients take the newest version.
alter table webinar add column sequence int not null default 0;
