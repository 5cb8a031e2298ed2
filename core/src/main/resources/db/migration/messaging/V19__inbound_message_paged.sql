-- A message that only asked for the next page of an answer already given (MORE with pages waiting).
-- The per-sender limit does not count these: reading a long toolkit section page by page is not abuse,
-- and what they can bring is bounded by the answer they continue.
alter table inbound_message add column paged boolean not null default false;
