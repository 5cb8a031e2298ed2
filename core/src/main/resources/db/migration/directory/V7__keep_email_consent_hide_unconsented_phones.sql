-- The old single consent question named the contact and the email, never the phone: it counts as a
-- yes for the email only. No phone was ever explicitly consented, so every phone stays hidden
-- (show_phone keeps its default, false); the listings themselves stay listed.
update congregation set show_email = show_contact, show_phone = false;
