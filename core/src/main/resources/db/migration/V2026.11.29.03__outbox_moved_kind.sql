-- A notice that a webinar moved, for those already reminded of its earlier time.
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check check (kind in ('reminder', 'cancellation', 'moved'));
