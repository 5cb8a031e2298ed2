-- The people who run the campaign: named, never "whoever administers some Discord server".
-- A row is never deleted: removing an organizer clears active, so the audit log can still name them.
create table organizer (
    id              bigserial   primary key,
    display_name    text        not null check (length(display_name) between 1 and 100),
    discord_user_id text        unique check (discord_user_id ~ '^[0-9]{17,20}$'),
    phone           text        unique check (phone ~ '^\+[1-9][0-9]{7,14}$'),
    active          boolean     not null default true,
    added_by        text        not null,
    added_at        timestamptz not null,
    removed_at      timestamptz,
    check (discord_user_id is not null or phone is not null)
);
