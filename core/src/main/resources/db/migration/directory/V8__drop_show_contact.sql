-- Replaced by show_email and show_phone (V6, V7).
alter table congregation drop column show_contact;
