-- Action alerts (the alerts module): one row per opted-in recipient of an alert.
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check
    check (kind in ('reminder', 'cancellation', 'moved', 'connect-ask', 'connect-shared', 'connect-declined', 'alert'));
