-- CONNECT n: the ask to a congregation, and the answer (contact shared, or declined) to the volunteer.
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check
    check (kind in ('reminder', 'cancellation', 'moved', 'connect-ask', 'connect-shared', 'connect-declined'));
