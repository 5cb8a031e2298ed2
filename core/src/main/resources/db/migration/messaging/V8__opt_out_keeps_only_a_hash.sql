-- The opt-out list holds the keyed hash of each address (V7 hashed the rows already there), never
-- the address itself: the column says so, and nothing else fits in it.
alter table opt_out rename column address to address_hash;
alter table opt_out add constraint opt_out_address_hash_is_a_hash check (address_hash ~ '^[0-9a-f]{64}$');
