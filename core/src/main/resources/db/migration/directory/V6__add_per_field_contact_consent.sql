-- One consent per contact field instead of one for "the contact": the email and the phone are each
-- shown only with their own yes. Both default to hidden. (The contact name and the website are public
-- only together with at least one consented field: that rule is in org.beloved.directory.PublicContact.)
alter table congregation
    add column show_email boolean not null default false,
    add column show_phone boolean not null default false;
