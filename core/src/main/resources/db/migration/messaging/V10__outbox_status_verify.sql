-- 'verify': a row whose outcome is not known (its claim's lease expired, or the channel could not
-- tell): before anything is sent again, the channel is asked whether the message went out.
alter table outbox drop constraint outbox_status_check;
alter table outbox add constraint outbox_status_check
    check (status in ('pending', 'sending', 'sent', 'failed', 'skipped', 'unknown', 'verify'));
