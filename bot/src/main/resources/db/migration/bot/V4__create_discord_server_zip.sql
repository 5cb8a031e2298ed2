-- Each Discord server's default ZIP code, set by its admins with /server-zip: /partners without a ZIP uses it.
create table discord_server_zip (
    guild_id   text        primary key,
    zip        text        not null,
    updated_at timestamptz not null
);
