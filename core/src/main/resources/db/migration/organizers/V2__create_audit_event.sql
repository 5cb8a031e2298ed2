-- Every organizer or admin action: when, who (an organizer's id, or a label such as admin-token),
-- what, on which record, from which channel. Rows are only ever added. organizer_id has no foreign
-- key on purpose: the log outlives anything it mentions.
create table audit_event (
    id           bigserial   primary key,
    at           timestamptz not null,
    organizer_id bigint,
    actor        text        not null,
    action       text        not null,
    record_type  text,
    record_id    text,
    channel      text        not null
);
create index audit_event_newest on audit_event (at desc, id desc);
