-- Fresh listings: the 90-day check-in asked of a listing's contact. The kind is added to whatever
-- kinds the constraint already allows (other features add theirs in migrations of their own).
do $$
declare
    allowed text;
begin
    select pg_get_constraintdef(oid) into allowed from pg_constraint
        where conname = 'outbox_kind_check' and conrelid = 'outbox'::regclass;
    if allowed is null or position('ARRAY[' in allowed) = 0 then
        raise exception 'outbox_kind_check is not a list of kinds: %', allowed;
    end if;
    execute 'alter table outbox drop constraint outbox_kind_check';
    execute 'alter table outbox add constraint outbox_kind_check '
        || replace(allowed, 'ARRAY[', 'ARRAY[''listing-check-in''::text, ');
end
$$;
