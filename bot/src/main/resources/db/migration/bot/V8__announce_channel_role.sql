-- The role a server's announcements mention (optional, set with /announce-channel set role:...).
alter table discord_announce_channel add column role_id text;
