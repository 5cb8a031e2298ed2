-- What an action changed, when the action says: for an edit, the names of the fields it changed
-- (comma-separated, as the admin API names them), never their values, which may be personal data.
-- Null for every earlier row and for actions with nothing more to say.
alter table audit_event add column detail text;
