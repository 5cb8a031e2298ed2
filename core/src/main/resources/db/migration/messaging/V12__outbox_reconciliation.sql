-- What reconciliation needs. rendered_text: the text handed to the channel, written just before
-- the channel is called; a row whose lease expired without it was never handed over, and the
-- channel is asked about that very text otherwise. checks: how often the channel could not tell
-- whether the row's message went out (bounded; then the row is 'unknown' for good).
alter table outbox add column rendered_text text;
alter table outbox add column checks int not null default 0;
